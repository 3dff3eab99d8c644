package dev.voxpress.publish.feed;

import java.util.Set;

import org.jdom2.Element;
import org.jdom2.Namespace;

import com.rometools.rome.feed.module.Module;
import com.rometools.rome.io.ModuleGenerator;

/** Writes {@link PodcastIndex} elements; registered for RSS 2.0 channels and items in {@code rome.properties}. */
public final class PodcastIndexGenerator implements ModuleGenerator {
    static final Namespace NS = Namespace.getNamespace(PodcastIndex.PREFIX, PodcastIndex.URI);

    @Override
    public String getNamespaceUri() {
        return PodcastIndex.URI;
    }

    @Override
    public Set<Namespace> getNamespaces() {
        return Set.of(NS);
    }

    @Override
    public void generate(Module module, Element element) {
        PodcastIndex podcast = (PodcastIndex) module;
        if (podcast.getLocked() != null) {
            Element locked = new Element("locked", NS).setText(podcast.getLocked() ? "yes" : "no");
            if (podcast.getLockedOwner() != null) locked.setAttribute("owner", podcast.getLockedOwner());
            element.addContent(locked);
        }
        if (podcast.getGuid() != null) element.addContent(new Element("guid", NS).setText(podcast.getGuid()));
        for (PodcastIndex.Link transcript : podcast.getTranscripts()) {
            element.addContent(link("transcript", transcript));
        }
        if (podcast.getChapters() != null) element.addContent(link("chapters", podcast.getChapters()));
    }

    private static Element link(String name, PodcastIndex.Link link) {
        Element e = new Element(name, NS).setAttribute("url", link.url()).setAttribute("type", link.type());
        if (link.language() != null) e.setAttribute("language", link.language());
        return e;
    }
}
