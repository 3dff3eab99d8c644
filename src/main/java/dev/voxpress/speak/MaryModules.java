package dev.voxpress.speak;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import marytts.LocalMaryInterface;
import marytts.datatypes.MaryDataType;
import marytts.modules.MaryModule;
import marytts.modules.ModuleRegistry;
import marytts.modules.synthesis.Voice;
import marytts.util.MaryUtils;

/**
 * MaryTTS's start with its processing modules left offline, and each started once, when a voice first needs it.
 *
 * <p>Started as a server (its default), MaryTTS starts all of its modules at once: the SABLE, APML and EmotionML
 * parsers with their stylesheets, the British English phonemiser, a self-test of each, and more that narration never
 * uses, about a quarter of a second of every default-voice run. MaryTTS's documented {@code server} property set to
 * {@code commandline} starts only synthesis and leaves the rest to the request that first needs them; but MaryTTS
 * then starts a module inside each request with no lock, so two requests at once can start one module twice. Here
 * the modules a request will use are started beforehand, under one lock, and the requests find them running.
 */
final class MaryModules {
    private static final String MODE_PROPERTY = "server";

    /** The conversions whose modules have been started: input type, output type and voice. */
    private static final Set<List<String>> STARTED = ConcurrentHashMap.newKeySet();

    private MaryModules() {
    }

    /**
     * Starts MaryTTS (once per JVM) with its modules offline, unless the user set its {@code server} property; the
     * property is as it was afterwards, so that a MaryTTS server started later in this JVM is a server.
     */
    static LocalMaryInterface startMary() throws Exception {
        synchronized (MaryModules.class) {
            boolean lazy = System.getProperty(MODE_PROPERTY) == null;
            if (lazy) System.setProperty(MODE_PROPERTY, "commandline");
            try {
                return new LocalMaryInterface();
            } finally {
                if (lazy) System.clearProperty(MODE_PROPERTY);
            }
        }
    }

    /**
     * Starts the modules that converting {@code input} to {@code output} with {@code voice} takes, if offline. A
     * document in another language than the voice's (MaryTTS picks modules by the document's {@code xml:lang}) gets
     * every module started.
     *
     * @param document the input document, or null for text
     * @throws EngineException when one cannot start
     */
    static void startFor(MaryDataType input, MaryDataType output, Voice voice, Document document) {
        if (!speaksVoiceLocale(document, voice)) {
            startAll();
            return;
        }
        List<String> conversion = List.of(input.name(), output.name(), voice.getName());
        if (STARTED.contains(conversion)) return; // the rule once all is started: no lock per sentence
        synchronized (MaryModules.class) {
            if (STARTED.contains(conversion)) return;
            List<MaryModule> modules = ModuleRegistry.modulesRequiredForProcessing(input, output, voice.getLocale(),
                    voice);
            if (modules == null) return; // no way there: MaryTTS's request says so in its own words
            for (MaryModule module : modules) start(module);
            STARTED.add(conversion);
        }
    }

    /** Whether every {@code xml:lang} in the document, if any, names the voice's locale. */
    private static boolean speaksVoiceLocale(Document document, Voice voice) {
        if (document == null) return true;
        NodeList elements = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            String lang = ((Element) elements.item(i)).getAttributeNS(XMLConstants.XML_NS_URI, "lang");
            if (!lang.isEmpty() && !voice.getLocale().equals(MaryUtils.string2locale(lang))) return false;
        }
        return true;
    }

    /**
     * Starts every module still offline: what MaryTTS's own server, which takes any request, expects.
     *
     * @throws EngineException when one cannot start
     */
    static synchronized void startAll() {
        for (MaryModule module : ModuleRegistry.getAllModules()) start(module);
    }

    private static void start(MaryModule module) {
        if (module.getState() != MaryModule.MODULE_OFFLINE) return;
        try {
            module.startup();
        } catch (Exception e) {
            throw new EngineException("MaryTTS cannot start its module " + module.name() + ": "
                    + MaryEngine.innermostMessage(e), e);
        }
    }
}
