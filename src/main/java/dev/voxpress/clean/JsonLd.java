package dev.voxpress.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">}: the article object
 * (NewsArticle, BlogPosting and kin) and, as a fallback for the publisher, any WebPage or WebSite object.
 * Malformed JSON is skipped, never an error: structured data is a hint, not a requirement.
 */
final class JsonLd {
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i)^(\\w*Article|Report|\\w*Posting|"
            + "APIReference|Review|Recipe|Blog)$");
    private static final Pattern PAGE_TYPE = Pattern.compile("(?i)^(WebPage|ItemPage|WebSite|Organization|NewsMediaOrganization)$");
    private static final int MAX_SCRIPT_CHARS = 2_000_000;
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    /** The article object, or null. */
    final JsonNode article;
    /** A page, site or organization object, or null. */
    final JsonNode page;

    private JsonLd(JsonNode article, JsonNode page) {
        this.article = article;
        this.page = page;
    }

    static JsonLd of(Document doc) {
        JsonNode article = null;
        JsonNode page = null;
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > MAX_SCRIPT_CHARS) continue;
            data = data.replace("<![CDATA[", "").replace("]]>", "").replaceFirst("^\\s*//", "");
            JsonNode root;
            try {
                root = MAPPER.readTree(data);
            } catch (JsonProcessingException | RuntimeException e) {
                continue;
            }
            for (JsonNode node : objects(root)) {
                if (article == null && hasType(node, ARTICLE_TYPE)) article = node;
                else if (page == null && hasType(node, PAGE_TYPE)) page = node;
            }
        }
        return new JsonLd(article, page);
    }

    /** The objects in a JSON-LD root: itself, array members and {@code @graph} members, iteratively. */
    private static List<JsonNode> objects(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty() && out.size() < 200) {
            JsonNode node = todo.poll();
            if (node == null) continue;
            if (node.isArray()) {
                node.forEach(todo::add);
            } else if (node.isObject()) {
                out.add(node);
                JsonNode graph = node.get("@graph");
                if (graph != null) todo.add(graph);
                JsonNode main = node.get("mainEntity");
                if (main != null && main.isObject()) todo.add(main);
            }
        }
        return out;
    }

    private static boolean hasType(JsonNode node, Pattern types) {
        JsonNode type = node.get("@type");
        if (type == null) return false;
        if (type.isTextual()) return types.matcher(type.asText().strip()).matches();
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && types.matcher(t.asText().strip()).matches()) return true;
            }
        }
        return false;
    }

    /** A text field of the article object. */
    String text(String field) {
        return text(article, field);
    }

    static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode value = node.get(field);
        if (value == null) return null;
        if (value.isArray() && !value.isEmpty()) value = value.get(0);
        if (value.isObject()) value = value.has("name") ? value.get("name") : value.get("url");
        return value != null && value.isValueNode() ? Meta.clean(value.asText()) : null;
    }

    /** The article's author names, joined with commas. */
    String authors() {
        if (article == null) return null;
        JsonNode author = article.get("author");
        if (author == null) author = article.get("creator");
        if (author == null) return null;
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> list = new ArrayList<>();
        if (author.isArray()) author.forEach(list::add);
        else list.add(author);
        for (JsonNode a : list) {
            String name = a.isObject() ? (a.has("name") ? text(a, "name") : null) : a.isTextual() ? Meta.clean(a.asText()) : null;
            if (name != null && !name.startsWith("http")) names.add(name);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** The lead image: a URL string, an ImageObject's url, or the first of a list. */
    String image() {
        if (article == null) return null;
        JsonNode image = article.get("image");
        if (image == null) image = article.get("thumbnailUrl");
        if (image == null) return null;
        if (image.isArray()) image = image.isEmpty() ? null : image.get(0);
        if (image != null && image.isObject()) image = image.get("url") != null ? image.get("url") : image.get("contentUrl");
        return image != null && image.isTextual() ? Meta.clean(image.asText()) : null;
    }

    /** The publisher's or site's name. */
    String publisher() {
        String name = null;
        if (article != null && article.get("publisher") != null) {
            JsonNode publisher = article.get("publisher");
            if (publisher.isArray() && !publisher.isEmpty()) publisher = publisher.get(0);
            name = publisher.isObject() ? text(publisher, "name") : publisher.isTextual() ? Meta.clean(publisher.asText()) : null;
        }
        if (name == null && page != null) {
            JsonNode publisher = page.get("publisher");
            name = publisher != null && publisher.isObject() ? text(publisher, "name") : null;
            if (name == null && hasType(page, Pattern.compile("(?i)WebSite|Organization|NewsMediaOrganization"))) {
                name = text(page, "name");
            }
        }
        return name;
    }
}
