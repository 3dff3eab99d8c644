package dev.voxpress.publish.feed;

import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.CopyFrom;
import com.rometools.rome.feed.module.Module;

/**
 * A Rome module for the parts of the Podcast Index namespace ({@code podcast:}) that voxpress writes:
 * {@code guid} and {@code locked} on the channel, {@code transcript} and {@code chapters} on items.
 * rome-modules has no support for this namespace.
 */
public final class PodcastIndex implements Module {
    private static final long serialVersionUID = 1L;

    /** The namespace URI. */
    public static final String URI = "https://podcastindex.org/namespace/1.0";
    public static final String PREFIX = "podcast";

    /**
     * A {@code podcast:transcript} or {@code podcast:chapters} link.
     *
     * @param url      absolute URL
     * @param type     MIME type, such as {@code text/vtt}
     * @param language language tag, or null
     */
    public record Link(String url, String type, String language) implements java.io.Serializable {
    }

    private String guid;
    private Boolean locked;
    private String lockedOwner;
    private List<Link> transcripts = new ArrayList<>();
    private Link chapters;

    @Override
    public String getUri() {
        return URI;
    }

    @Override
    public Class<? extends CopyFrom> getInterface() {
        return PodcastIndex.class;
    }

    @Override
    public void copyFrom(CopyFrom object) {
        PodcastIndex other = (PodcastIndex) object;
        guid = other.guid;
        locked = other.locked;
        lockedOwner = other.lockedOwner;
        transcripts = new ArrayList<>(other.transcripts);
        chapters = other.chapters;
    }

    @Override
    public Object clone() {
        PodcastIndex copy = new PodcastIndex();
        copy.copyFrom(this);
        return copy;
    }

    /** The channel's {@code podcast:guid}, or null. */
    public String getGuid() {
        return guid;
    }

    public void setGuid(String guid) {
        this.guid = guid;
    }

    /** The channel's {@code podcast:locked} value, or null when absent. */
    public Boolean getLocked() {
        return locked;
    }

    public void setLocked(Boolean locked) {
        this.locked = locked;
    }

    /** The {@code owner} attribute of {@code podcast:locked}: the e-mail that may move the feed. */
    public String getLockedOwner() {
        return lockedOwner;
    }

    public void setLockedOwner(String lockedOwner) {
        this.lockedOwner = lockedOwner;
    }

    /** An item's transcripts. */
    public List<Link> getTranscripts() {
        return transcripts;
    }

    public void setTranscripts(List<Link> transcripts) {
        this.transcripts = new ArrayList<>(transcripts);
    }

    /** An item's chapters file, or null. */
    public Link getChapters() {
        return chapters;
    }

    public void setChapters(Link chapters) {
        this.chapters = chapters;
    }
}
