package dev.voxpress.speak;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import marytts.htsengine.CartTreeSet;
import marytts.htsengine.GVModelSet;
import marytts.htsengine.HMMData;
import marytts.htsengine.HMMData.FeatureType;
import marytts.htsengine.HTSModel;
import marytts.htsengine.HTSPStream;
import marytts.htsengine.HTSParameterGeneration;
import marytts.htsengine.HTSUttModel;

/**
 * MaryTTS's parameter generation for an HMM voice, with its global-variance step (the gradient method of Toda and
 * Tokuda, 2007, as MaryTTS 5.2.1's {@code HTSPStream} does it) done here, over plain arrays.
 *
 * <p>MaryTTS runs the step for each dimension of each stream on its {@code double[frames][dimensions]} matrices, a
 * column at a time: every access to a frame's value goes through another row array, and the step is most of
 * MaryTTS's parameter generation (a tenth of a narration's CPU with the default voice). Here MaryTTS generates the
 * parameters without it (on a copy of the voice's settings with global variance off, which leaves every other
 * parameter as it is), then each dimension is copied into one array and optimized there, each sum in MaryTTS's
 * order: the same doubles, compared in {@code MaryDirectTest}.
 *
 * <p>Only what the default voice uses is done so: the gradient method, with the fundamental frequency taken from
 * the document (acoustic models); any other voice's parameters are MaryTTS's own, whole.
 */
final class GlobalVariance {
    /** MaryTTS's constants for the step: first step size, its changes, and the convergence thresholds. */
    private static final double STEP_INIT = 0.1;
    private static final double STEP_DEC = 0.5;
    private static final double STEP_INC = 1.2;
    private static final double EPSILON = 1.0E-4;
    private static final double MIN_EUCLID_NORM = 1.0E-2;
    private static final int MAX_DOWN_STEPS = 100;
    /** The three windows (static, delta, delta-delta): left and right widths and coefficients, as in MaryTTS. */
    private static final int[] LEFT = {0, -1, -1};
    private static final int[] RIGHT = {0, 1, 1};
    private static final double[] COEFFICIENTS = {0, 1, 0, -0.5, 0, 0.5, 1, -2, 1};
    private static final int WINDOWS = 3;
    private static final int WIDTH = 3;

    private GlobalVariance() {
    }

    /**
     * The parameters of an utterance, as {@code HTSParameterGeneration.htsMaximumLikelihoodParameterGeneration}
     * makes them.
     */
    static HTSParameterGeneration generate(HTSUttModel model, HMMData data) throws Exception {
        HTSParameterGeneration parameters = new HTSParameterGeneration();
        if (!handles(data)) {
            parameters.htsMaximumLikelihoodParameterGeneration(model, data);
            return parameters;
        }
        parameters.htsMaximumLikelihoodParameterGeneration(model, withoutGlobalVariance(data));
        GVModelSet gv = data.getGVModelSet();
        optimize(parameters.getMcepPst(), model, data, FeatureType.MGC, gv.getGVmeanMgc(), gv.getGVcovInvMgc(),
                data.getMaxMgcGvIter());
        if (data.getPdfStrGVStream() != null) {
            optimize(parameters.getStrPst(), model, data, FeatureType.STR, gv.getGVmeanStr(), gv.getGVcovInvStr(),
                    data.getMaxStrGvIter());
        }
        if (data.getPdfMagGVStream() != null) {
            optimize(parameters.getMagPst(), model, data, FeatureType.MAG, gv.getGVmeanMag(), gv.getGVcovInvMag(),
                    data.getMaxMagGvIter());
        }
        return parameters;
    }

    /** Whether the step is done here for the voice: see the class comment. */
    static boolean handles(HMMData data) {
        return data.getUseGV() && data.getGvMethodGradient() && data.getUseAcousticModels()
                && data.getPdfMgcStream() != null && data.getPdfMgcGVStream() != null;
    }

    /**
     * A copy of the voice's settings that differs only in global variance being off. The settings have no copy
     * method and no way to turn it off for one call; their fields are copied (the models they hold are shared, not
     * copied), once per utterance so that settings changed in between (audio effects) are those the copy has.
     */
    private static HMMData withoutGlobalVariance(HMMData data) throws IllegalAccessException {
        HMMData copy = new HMMData();
        for (Field field : SETTINGS_FIELDS) field.set(copy, field.get(data));
        copy.setUseGV(false);
        return copy;
    }

    /** The settings' instance fields, made accessible once rather than looked up for every utterance. */
    private static final List<Field> SETTINGS_FIELDS = settingsFields();

    private static List<Field> settingsFields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : HMMData.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) continue;
            field.setAccessible(true);
            fields.add(field);
        }
        return List.copyOf(fields);
    }

    /**
     * Runs the step on every dimension of a stream generated without it: the means, inverse variances and switches
     * laid out as MaryTTS's parameter generation lays them out, then each dimension optimized on its own.
     */
    private static void optimize(HTSPStream stream, HTSUttModel model, HMMData data, FeatureType type,
            double[] gvMean, double[] gvCovInv, int maxIterations) {
        if (stream == null) return;
        int frames = stream.getT();
        double[][] means = new double[frames][];
        double[][] variances = new double[frames][];
        boolean[] switches = new boolean[frames];
        int gvLength = frames;
        CartTreeSet trees = data.getCartTreeSet();
        int frame = 0;
        for (int i = 0; i < model.getNumUttModel(); i++) {
            HTSModel m = model.getUttModel(i);
            boolean gvSwitch = m.getGvSwitch();
            for (int state = 0; state < trees.getNumStates(); state++) {
                for (int f = 0; f < m.getDur(state); f++) {
                    means[frame] = m.getMean(type, state);
                    variances[frame] = m.getVariance(type, state);
                    switches[frame] = gvSwitch;
                    if (!gvSwitch) gvLength--;
                    frame++;
                }
            }
        }
        if (gvLength <= 0) return;
        Dimension dimension = new Dimension(frames, switches, gvLength);
        int order = stream.getOrder();
        for (int m = 0; m < order; m++) {
            for (int t = 0; t < frames; t++) dimension.x[t] = stream.getPar(t, m);
            dimension.weights(means, variances, order, m);
            dimension.optimize(gvMean[m], gvCovInv[m], maxIterations);
            for (int t = 0; t < frames; t++) stream.setPar(t, m, dimension.x[t]);
        }
    }

    /** One dimension's values over the frames, and what the step needs of them, in arrays of their own. */
    private static final class Dimension {
        private final int frames;
        private final boolean[] switches;
        private final int gvLength;
        final double[] x;
        private final double[] g;
        private final double[] diagonal;
        private final double[] original;
        /** W'U^-1 W as three diagonals (the main one, then one and two frames off), and W'U^-1 mu. */
        private final double[] w0;
        private final double[] w1;
        private final double[] w2;
        private final double[] wum;
        /** The dimension's means and inverse variances in each window, frame by frame. */
        private final double[][] mus;
        private final double[][] inverseVariances;
        private double mean;
        private double variance;
        private double norm;

        Dimension(int frames, boolean[] switches, int gvLength) {
            this.frames = frames;
            this.switches = switches;
            this.gvLength = gvLength;
            x = new double[frames];
            g = new double[frames];
            diagonal = new double[frames];
            original = new double[frames];
            w0 = new double[frames];
            w1 = new double[frames];
            w2 = new double[frames];
            wum = new double[frames];
            mus = new double[WINDOWS][frames];
            inverseVariances = new double[WINDOWS][frames];
        }

        /**
         * W'U^-1 W and W'U^-1 mu for dimension {@code m}, as MaryTTS's {@code calcWUWandWUM}: inverse variances as its
         * {@code setVseq} makes them, and set to zero on the first and last frames as its
         * {@code fixDynFeatOnBoundaries} does (for every dimension but the very first).
         */
        void weights(double[][] means, double[][] variances, int order, int m) {
            for (int i = 0; i < WINDOWS; i++) {
                int index = i * order + m;
                double[] mu = mus[i];
                double[] iv = inverseVariances[i];
                for (int t = 0; t < frames; t++) {
                    mu[t] = means[t][index];
                    iv[t] = index >= 1 && (t == 0 || t == frames - 1)
                            ? 0.0 : HTSParameterGeneration.finv(variances[t][index]);
                }
            }
            double[][] wuw = {w0, w1, w2};
            for (int t = 0; t < frames; t++) {
                wum[t] = 0.0;
                w0[t] = 0.0;
                w1[t] = 0.0;
                w2[t] = 0.0;
                for (int i = 0; i < WINDOWS; i++) {
                    int right = RIGHT[i];
                    double[] mu = mus[i];
                    double[] iv = inverseVariances[i];
                    for (int j = LEFT[i]; j <= right; j++) {
                        int u = t + j;
                        if (u < 0 || u >= frames) continue;
                        double coefficient = COEFFICIENTS[1 + i * 3 - j];
                        if (coefficient == 0.0) continue;
                        double wu = coefficient * iv[u];
                        wum[t] += wu * mu[u];
                        for (int k = 0; k < WIDTH && t + k < frames; k++) {
                            if (k - j > right) continue;
                            double c = COEFFICIENTS[1 + i * 3 + k - j];
                            if (c != 0.0) wuw[k][t] += wu * c;
                        }
                    }
                }
            }
        }

        /** MaryTTS's {@code gvParmGenGradient}: the values converted to the wanted variance, then ascended. */
        void optimize(double gvMean, double gvCovInv, int maxIterations) {
            System.arraycopy(x, 0, original, 0, frames);
            Arrays.fill(diagonal, 0.0);
            measure();
            double ratio = Math.sqrt(gvMean / variance);
            for (int t = 0; t < frames; t++) {
                if (switches[t]) x[t] = ratio * (x[t] - mean) + mean;
            }
            double step = STEP_INIT;
            double previous = 0.0;
            int downs = 0;
            int iteration;
            for (iteration = 1; iteration <= maxIterations; iteration++) {
                double objective = gradient(gvMean, gvCovInv);
                if (iteration > 1) {
                    if (objective > previous) {
                        step *= STEP_INC;
                        downs = 0;
                    }
                    if (objective < previous) {
                        // worse: back to the previous values, then a shorter step the same way
                        for (int t = 0; t < frames; t++) x[t] -= step * diagonal[t];
                        step *= STEP_DEC;
                        for (int t = 0; t < frames; t++) x[t] += step * diagonal[t];
                        iteration--;
                        downs++;
                        if (downs < MAX_DOWN_STEPS) continue;
                        break;
                    }
                }
                if (norm < MIN_EUCLID_NORM || (iteration > 1 && Math.abs(objective - previous) < EPSILON)) break;
                for (int t = 0; t < frames; t++) {
                    x[t] += step * g[t];
                    diagonal[t] = g[t];
                }
                previous = objective;
            }
            if (iteration > maxIterations) System.arraycopy(original, 0, x, 0, frames);
        }

        /** MaryTTS's {@code calcGV}: the mean and variance of the switched-on frames. */
        private void measure() {
            double sum = 0.0;
            for (int t = 0; t < frames; t++) if (switches[t]) sum += x[t];
            mean = sum / gvLength;
            double squares = 0.0;
            for (int t = 0; t < frames; t++) {
                if (switches[t]) squares += (x[t] - mean) * (x[t] - mean);
            }
            variance = squares / gvLength;
        }

        /**
         * MaryTTS's {@code calcGradient}: the objective (the HMMs' log likelihood and the variance's) and, in
         * {@link #g}, its gradient scaled by the inverse of the Hessian's diagonal; {@link #norm} its length.
         */
        private double gradient(double gvMean, double gvCovInv) {
            double w = 1.0 / (WINDOWS * frames);
            measure();
            double gvObjective = -0.5 * (variance - gvMean) * gvCovInv * (variance - gvMean);
            double vd = gvCovInv * (variance - gvMean);
            for (int t = 0; t < frames; t++) {
                double r = w0[t] * x[t];
                if (t + 1 < frames) r += w1[t] * x[t + 1];
                if (t - 1 >= 0) r += w1[t - 1] * x[t - 1];
                if (t + 2 < frames) r += w2[t] * x[t + 2];
                if (t - 2 >= 0) r += w2[t - 2] * x[t - 2];
                g[t] = r;
            }
            double hmmObjective = 0.0;
            double squares = 0.0;
            // the same products and quotients as MaryTTS's, those that do not change with the frame made once
            double halfW = -0.5 * w;
            double spread = (frames - 1) * vd;
            double twiceCovInv = 2.0 * gvCovInv;
            double minusW = -1.0 * w;
            double perFrameSquared = 2.0 / (frames * frames);
            double oneW = 1.0 * w;
            double perFrame = -2.0 / frames;
            for (int t = 0; t < frames; t++) {
                double xt = x[t];
                double gt = g[t];
                hmmObjective += halfW * xt * (gt - 2.0 * wum[t]);
                double centred = xt - mean;
                double h = spread + twiceCovInv * centred * centred;
                h = minusW * w0[t] - perFrameSquared * h;
                h = -1.0 / h;
                gt = switches[t] ? h * (oneW * (-gt + wum[t]) + perFrame * (centred * vd)) : h * (oneW * (-gt + wum[t]));
                g[t] = gt;
                squares += gt * gt;
            }
            norm = Math.sqrt(squares);
            return hmmObjective + gvObjective;
        }
    }
}
