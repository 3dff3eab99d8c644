package dev.voxpress.serve;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Requests that a {@link FeedServer} answers before it serves the feed's files, such as the on-demand endpoint
 * and the API ({@link FeedServer#routes}).
 */
public interface Routes {
    /**
     * Answers the request (completing {@code callback}) and returns true, or returns false, having done nothing,
     * to leave it to the feed's files.
     */
    boolean handle(Request request, Response response, Callback callback) throws Exception;

    /**
     * Adds headers to the answer for a file of the feed, after the server's own headers and before the file is
     * served.
     *
     * @param path    the decoded path, such as {@code /embed/index.json}
     * @param headers the response's headers
     */
    default void decorate(String path, HttpFields.Mutable headers) {
    }
}
