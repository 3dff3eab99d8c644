package dev.voxpress.script;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import dev.voxpress.VoxpressException;

/**
 * Reads W3C Pronunciation Lexicon Specification 1.0 documents (https://www.w3.org/TR/pronunciation-lexicon/) into
 * {@link Lexicon} entries: one entry per {@code <grapheme>} of each {@code <lexeme>}. Its {@code <alias>} is the
 * respelling; its {@code <phoneme>}, in the {@code ipa} or {@code x-sampa} alphabet (the lexeme's own
 * {@code alphabet} attribute, else the lexicon's), becomes MaryTTS phonemes through {@link Phonemes}. Where a lexeme
 * has several of either, the first with {@code prefer="true"} wins, else the first. A lexeme with phonemes and no
 * alias is respelled as written, so that every engine but MaryTTS says it its own way. Matching follows
 * {@link Lexicon}'s rules, not PLS's case-sensitive ones.
 *
 * <p>Documents are parsed with no DOCTYPE allowed, so no entity, external or internal, is ever expanded.
 */
public final class PlsLexicon {
    /** The PLS 1.0 namespace. */
    public static final String NAMESPACE = "http://www.w3.org/2005/01/pronunciation-lexicon";

    private PlsLexicon() {
    }

    /**
     * Parses a PLS document.
     *
     * @param origin names the document in error messages
     * @throws VoxpressException naming the origin, and the lexeme where one is at fault, in one line
     */
    public static Lexicon parse(byte[] xml, String origin) {
        Element root = document(xml, origin).getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"lexicon".equals(root.getLocalName())) {
            throw new VoxpressException(origin + ": not a PLS lexicon (expected <lexicon xmlns=\"" + NAMESPACE + "\">)");
        }
        if (!"1.0".equals(root.getAttribute("version"))) {
            throw new VoxpressException(origin + ": PLS version \"" + root.getAttribute("version") + "\" is not 1.0");
        }
        List<Lexicon.Entry> entries = new ArrayList<>();
        for (Element lexeme : children(root, "lexeme")) entries.addAll(entries(lexeme, root.getAttribute("alphabet"), origin));
        return new Lexicon(entries);
    }

    /**
     * A PLS document of {@code lexicon}, in IPA: one lexeme per entry, with the respelling as its alias and the
     * phonemes, where it has some, as its phoneme.
     *
     * @throws VoxpressException naming the entry whose phonemes are not MaryTTS US English phones
     */
    public static String write(Lexicon lexicon) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lexicon version=\"1.0\" xmlns=\"")
                .append(NAMESPACE).append("\" alphabet=\"ipa\" xml:lang=\"en-US\">\n");
        for (Lexicon.Entry entry : lexicon.entries()) {
            out.append("  <lexeme>\n    <grapheme>").append(escape(entry.written())).append("</grapheme>\n    <alias>")
                    .append(escape(entry.respelling())).append("</alias>\n");
            if (entry.phonemes() != null) {
                try {
                    out.append("    <phoneme>").append(escape(Phonemes.toIpa(entry.phonemes()))).append("</phoneme>\n");
                } catch (IllegalArgumentException e) {
                    throw new VoxpressException("entry \"" + entry.written() + "\": " + e.getMessage());
                }
            }
            out.append("  </lexeme>\n");
        }
        return out.append("</lexicon>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Lexicon.Entry> entries(Element lexeme, String alphabet, String origin) {
        List<String> graphemes = children(lexeme, "grapheme").stream().map(PlsLexicon::text)
                .filter(g -> !g.isEmpty()).toList();
        if (graphemes.isEmpty()) throw new VoxpressException(origin + ": a lexeme has no grapheme");
        String name = graphemes.get(0);
        Element alias = preferred(children(lexeme, "alias"));
        Element phoneme = preferred(children(lexeme, "phoneme"));
        if (alias == null && phoneme == null) {
            throw new VoxpressException(origin + ": lexeme \"" + name + "\" has no phoneme or alias");
        }
        String phonemes = null;
        if (phoneme != null) {
            String own = phoneme.getAttribute("alphabet");
            try {
                phonemes = mary(text(phoneme), own.isEmpty() ? alphabet : own);
            } catch (IllegalArgumentException e) {
                throw new VoxpressException(origin + ": lexeme \"" + name + "\": " + e.getMessage());
            }
        }
        List<Lexicon.Entry> entries = new ArrayList<>();
        for (String grapheme : graphemes) {
            String respelling = alias == null ? grapheme : text(alias);
            if (respelling.isEmpty()) throw new VoxpressException(origin + ": lexeme \"" + name + "\" has an empty alias");
            entries.add(new Lexicon.Entry(grapheme, respelling, phonemes));
        }
        return entries;
    }

    private static String mary(String transcription, String alphabet) {
        return switch (alphabet.toLowerCase(Locale.ROOT)) {
            case "ipa" -> Phonemes.fromIpa(transcription);
            case "x-sampa" -> Phonemes.fromXSampa(transcription);
            default -> throw new IllegalArgumentException("alphabet \"" + alphabet + "\" is not supported (ipa, x-sampa)");
        };
    }

    /** An element's text, whitespace tidied. */
    private static String text(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").strip();
    }

    /** The first of {@code pronunciations} with {@code prefer="true"}, else the first; null if none. */
    private static Element preferred(List<Element> pronunciations) {
        for (Element e : pronunciations) if ("true".equals(e.getAttribute("prefer"))) return e;
        return pronunciations.isEmpty() ? null : pronunciations.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) found.add(e);
        }
        return found;
    }

    private static Document document(byte[] xml, String origin) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new VoxpressException(origin + ": not well-formed PLS: " + e.getMessage().lines().findFirst().orElse(""));
        } catch (ParserConfigurationException | IOException e) {
            throw new VoxpressException(origin + ": cannot parse PLS: " + e.getMessage(), e);
        }
    }
}
