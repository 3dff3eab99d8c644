package dev.voxpress.speak;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.traversal.DocumentTraversal;
import org.w3c.dom.traversal.NodeFilter;
import org.w3c.dom.traversal.NodeIterator;

import marytts.datatypes.MaryXML;
import marytts.features.FeatureRegistry;
import marytts.features.TargetFeatureComputer;
import marytts.htsengine.HMMData;
import marytts.htsengine.HMMVoice;
import marytts.htsengine.HTSParameterGeneration;
import marytts.htsengine.HTSUttModel;
import marytts.htsengine.HTSVocoder;
import marytts.modules.HTSEngine;
import marytts.modules.TargetFeatureLister;
import marytts.modules.synthesis.Voice;
import marytts.signalproc.effects.EffectsApplier;
import marytts.unitselection.select.Target;
import marytts.util.dom.MaryDomUtils;
import marytts.util.dom.NameNodeFilter;

/**
 * The last step of MaryTTS's pipeline for an HMM voice, from a document of type {@code ACOUSTPARAMS} to audio, done in
 * the calling thread. MaryTTS 5.2.1 does the same steps (its {@code Synthesis} module, {@code HMMSynthesizer} and
 * {@code HTSEngine.process}) but vocodes in a thread of its own that hands the reader every sample, boxed, through a
 * blocking queue of 1024; here the same public MaryTTS calls run one after the other, and the vocoder's overload
 * {@code htsMLSAVocoder(lf0, mcep, str, mag, voiced, data, null)} fills and returns the whole signal with no producer,
 * or, faster, {@link HtsVocoder} computes the same signal; {@link GlobalVariance} does the costly step of the parameter
 * generation before it, to the same doubles.
 * The scaling to 16-bit samples is MaryTTS's: its {@code AmplitudeNormalizer(17000)} divides every block of 8192
 * samples that its {@code DDSAudioInputStream} reads by the largest magnitude seen so far (at least 17000), and that
 * stream rounds {@code x * 32767}. So the audio is the same, sample for sample.
 *
 * <p>A document this class does not handle as MaryTTS would (a {@code <voice>} section, a vocalization, a voice that
 * is not an HMM voice) makes {@link #synthesize} answer {@code null}: the caller then takes MaryTTS's own way.
 */
final class HtsSynthesis {
    /** What MaryTTS's HTS vocoder data producer normalizes with: {@code new AmplitudeNormalizer(17000)}. */
    static final double INITIAL_MAX_AMPLITUDE = 17000;
    /** The block that {@code DDSAudioInputStream} reads from its source, and that the normalizer sees, at a time. */
    static final int BLOCK = 8192;

    private final HMMVoice voice;
    private final HMMData data;
    private final TargetFeatureLister lister = new TargetFeatureLister();
    private final Engine engine = new Engine();

    /** Whether {@link HtsVocoder} vocodes (else MaryTTS's {@code HTSVocoder}, still in this thread). */
    private final boolean fastVocoder;

    private HtsSynthesis(HMMVoice voice, boolean fastVocoder) {
        this.voice = voice;
        this.data = voice.getHMMData();
        this.fastVocoder = fastVocoder && HtsVocoder.supports(data);
    }

    /**
     * The direct synthesis for a MaryTTS voice, or null where the voice is not an HMM voice; with {@link HtsVocoder}
     * where {@code fastVocoder} and it supports the voice.
     */
    static HtsSynthesis of(String voiceName, boolean fastVocoder) {
        return Voice.getVoice(voiceName) instanceof HMMVoice hmm ? new HtsSynthesis(hmm, fastVocoder) : null;
    }

    boolean fastVocoder() {
        return fastVocoder;
    }

    int sampleRate() {
        return Math.round(HTSVocoder.getHTSAudioFormat(data).getSampleRate());
    }

    /** {@code HTSEngine.processTargetList} is protected; its other state (alignment options) keeps its defaults. */
    private static final class Engine extends HTSEngine {
        HTSUttModel model(List<Target> targets, List<Element> segmentsAndBoundaries, HMMData data) throws Exception {
            return processTargetList(targets, segmentsAndBoundaries, data);
        }
    }

    /**
     * Speaks an {@code ACOUSTPARAMS} document made for this voice, with no audio effects: one section per sentence, as
     * MaryTTS's {@code Synthesis} module cuts it, the sections' audio one after the other.
     *
     * @return the audio, or null where the document needs what only MaryTTS's own way does
     */
    Pcm synthesize(Document document) throws Exception {
        if (document.getElementsByTagNameNS("*", MaryXML.VOICE).getLength() > 0
                || document.getElementsByTagNameNS("*", MaryXML.NONVERBAL).getLength() > 0) {
            return null;
        }
        List<short[]> parts = new ArrayList<>();
        for (List<Element> section : sections(document)) {
            HTSUttModel model = model(section);
            if (model != null) parts.add(pcm16(vocode(GlobalVariance.generate(model, data))));
        }
        if (parts.isEmpty()) return null;
        int length = 0;
        for (short[] part : parts) length += part.length;
        float[] samples = new float[length];
        int at = 0;
        for (short[] part : parts) {
            for (short sample : part) samples[at++] = sample / 32768f; // as Pcm.fromPcm16
        }
        return new Pcm(sampleRate(), samples);
    }

    /**
     * The document's tokens and boundaries, one list per sentence: the sections that MaryTTS's {@code Synthesis} module
     * speaks one at a time.
     */
    static List<List<Element>> sections(Document document) {
        NodeIterator it = ((DocumentTraversal) document).createNodeIterator(document, NodeFilter.SHOW_ELEMENT,
                new NameNodeFilter(new String[] {MaryXML.TOKEN, MaryXML.BOUNDARY, MaryXML.NONVERBAL}), false);
        List<List<Element>> sections = new ArrayList<>();
        Element sentence = null;
        Element element;
        while ((element = (Element) it.nextNode()) != null) {
            Element s = (Element) MaryDomUtils.getAncestor(element, MaryXML.SENTENCE);
            if (s != sentence || sections.isEmpty()) {
                sections.add(new ArrayList<>());
                sentence = s;
            }
            sections.get(sections.size() - 1).add(element);
        }
        return sections;
    }

    /**
     * The utterance model of one section, as {@code Synthesis.synthesizeOneSection} and {@code HMMSynthesizer} make it;
     * null when the section has no phones (nothing to say).
     */
    HTSUttModel model(List<Element> tokensAndBoundaries) throws Exception {
        if (!containsPhones(tokensAndBoundaries)) return null;
        new EffectsApplier().setHMMEffectParameters(voice, null);
        List<Element> segmentsAndBoundaries = new ArrayList<>();
        for (Element e : tokensAndBoundaries) {
            if (e.getTagName().equals(MaryXML.BOUNDARY)) {
                segmentsAndBoundaries.add(e);
            } else {
                NodeIterator phones = MaryDomUtils.createNodeIterator(e.getOwnerDocument(), e, MaryXML.PHONE);
                Element phone;
                while ((phone = (Element) phones.nextNode()) != null) segmentsAndBoundaries.add(phone);
            }
        }
        TargetFeatureComputer features = FeatureRegistry.getTargetFeatureComputer(voice,
                data.getFeatureDefinition().getFeatureNames());
        List<Target> targets = lister.getListTargetFeatures(features, segmentsAndBoundaries);
        return engine.model(targets, segmentsAndBoundaries, data);
    }

    private double[] vocode(HTSParameterGeneration parameters) throws Exception {
        return fastVocoder
                ? HtsVocoder.vocode(parameters.getlf0Pst(), parameters.getMcepPst(), parameters.getStrPst(),
                        parameters.getMagPst(), parameters.getVoicedArray(), data)
                : new HTSVocoder().htsMLSAVocoder(parameters.getlf0Pst(), parameters.getMcepPst(),
                        parameters.getStrPst(), parameters.getMagPst(), parameters.getVoicedArray(), data, null);
    }

    private static boolean containsPhones(List<Element> tokensAndBoundaries) {
        for (Element e : tokensAndBoundaries) {
            if (e.getTagName().equals(MaryXML.TOKEN)) {
                NodeList phones = e.getElementsByTagName(MaryXML.PHONE);
                if (phones.getLength() > 0) return true;
            }
        }
        return false;
    }

    /**
     * MaryTTS's scaling of the vocoder's signal to 16-bit samples: each block of {@link #BLOCK} is divided by the
     * largest magnitude so far (the block's included, at least {@link #INITIAL_MAX_AMPLITUDE}), then times 32767,
     * rounded. Nothing is clipped: after the division no sample exceeds 1.
     */
    static short[] pcm16(double[] signal) {
        short[] out = new short[signal.length];
        double max = INITIAL_MAX_AMPLITUDE;
        for (int start = 0; start < signal.length; start += BLOCK) {
            int end = Math.min(signal.length, start + BLOCK);
            for (int i = start; i < end; i++) max = Math.max(max, Math.abs(signal[i]));
            for (int i = start; i < end; i++) out[i] = (short) (int) Math.round(signal[i] / max * 32767.0);
        }
        return out;
    }
}
