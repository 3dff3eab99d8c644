package dev.voxpress.publish.feed;

import java.util.Locale;

import org.jdom2.Element;

import com.rometools.rome.feed.module.Module;
import com.rometools.rome.io.ModuleParser;

/** Reads {@link PodcastIndex} elements back, so that feeds can be checked with Rome. */
public final class PodcastIndexParser implements ModuleParser {
    @Override
    public String getNamespaceUri() {
        return PodcastIndex.URI;
    }

    @Override
    public Module parse(Element element, Locale locale) {
        PodcastIndex podcast = new PodcastIndex();
        boolean found = false;
        for (Element child : element.getChildren()) {
            if (!PodcastIndex.URI.equals(child.getNamespaceURI())) continue;
            found = true;
            switch (child.getName()) {
                case "guid" -> podcast.setGuid(child.getTextTrim());
                case "locked" -> {
                    podcast.setLocked(child.getTextTrim().equalsIgnoreCase("yes"));
                    podcast.setLockedOwner(child.getAttributeValue("owner"));
                }
                case "transcript" -> podcast.getTranscripts().add(link(child));
                case "chapters" -> podcast.setChapters(link(child));
                default -> { }
            }
        }
        return found ? podcast : null;
    }

    private static PodcastIndex.Link link(Element e) {
        return new PodcastIndex.Link(e.getAttributeValue("url"), e.getAttributeValue("type"), e.getAttributeValue("language"));
    }
}
