package dev.voxpress.speak;

import java.util.Random;

import marytts.htsengine.HMMData;
import marytts.htsengine.HTSPStream;
import marytts.htsengine.HTSVocoder;

/**
 * The mixed-excitation MLSA vocoder of MaryTTS 5.2.1's {@code HTSVocoder.htsMLSAVocoder(lf0, mcep, str, mag, voiced,
 * data, producer)}, for mel-cepstra (stage 0, the HMM voices MaryTTS ships), computing the same numbers in the same
 * order, so the same signal bit for bit, in less time. Where MaryTTS runs each sample through the five Padé stages of
 * the MLSA filter one after another, each a chain of dependent multiply-adds whose latency the processor waits out,
 * here the five stages, which within a sample do not depend on one another (each reads its predecessor's output of
 * the previous sample), run side by side in one loop, with each stage's three passes (update, output, shift) fused
 * into one. Likewise the postfilter's two energy computations (frequency warping and impulse response, each a chain
 * of dependent operations), which do not depend on each other, run side by side, without allocating. The excitation
 * is made a frame at a time, so that the mixing filters, whose taps MaryTTS shifts an array a place at every sample
 * to sum, sum eight samples side by side over the frame's inputs, and skip a pulse train's zeros.
 */
final class HtsVocoder {
    private static final int PADEORDER = HTSVocoder.PADEORDER;
    /** MaryTTS's Padé coefficients for order 5: {@code pade[ppade + i]}, ppade = 15. */
    private static final double[] PADE = {1, 0.4999391, 0.1107098, 0.01369984, 0.0009564853, 0.00003041721};

    private HtsVocoder() {
    }

    /** Whether {@link #vocode} does this voice's vocoding as MaryTTS does: mel-cepstra, the Padé order MaryTTS uses. */
    static boolean supports(HMMData data) {
        return data.getStage() == 0 && PADEORDER == 5 && HTSVocoder.IPERIOD == 1
                && (!data.getUseMixExc() || data.getPdfStrStream() != null);
    }

    /** The signal, before MaryTTS scales it to 16 bits; as MaryTTS's {@code htsMLSAVocoder} with no producer. */
    static double[] vocode(HTSPStream lf0Pst, HTSPStream mcepPst, HTSPStream strPst, HTSPStream magPst,
            boolean[] voiced, HMMData data) throws Exception {
        final int m = mcepPst.getOrder();
        final int fprd = data.getFperiod();
        final double rate = data.getRate();
        final double alpha = data.getAlpha();
        final double beta = data.getBeta();
        final Random rand = new Random(HTSVocoder.SEED);
        double p1 = -1;
        double pc = 0.0;
        double[] c = new double[m];
        double[] cc = new double[m];
        double[] cinc = new double[m];
        double[] mc = new double[m];
        Mlsa mlsa = new Mlsa(m, alpha);
        Postfilter postfilter = new Postfilter(m, alpha);

        boolean mixedExcitation = data.getUseMixExc();
        boolean fourierMagnitudes = data.getUseFourierMag();
        int numM = 0;
        int orderM = 0;
        double[][] h = null;
        double[] hp = null;
        double[] hn = null;
        // The frame's excitation, sample by sample: plain, or (mixed excitation) the pulse and noise inputs of the
        // mixing filters, after the orderM inputs before the frame that the filters still reach.
        double[] excitation = new double[fprd];
        double[] pulse = null;
        double[] noise = null;
        double[] pulseSums = null;
        int[] nonzero = null;
        if (mixedExcitation) {
            numM = data.getNumFilters();
            orderM = data.getOrderFilters();
            pulse = new double[orderM + fprd];
            noise = new double[orderM + fprd];
            pulseSums = new double[fprd];
            nonzero = new int[orderM + fprd];
            h = data.getMixFilters();
            hp = new double[orderM];
            hn = new double[orderM];
            if (numM != strPst.getOrder()) {
                throw new Exception("htsMLSAVocoder: error num mix-excitation filters = " + numM
                        + " in configuration file is different from generated str order=" + strPst.getOrder());
            }
        }

        double f0Std = data.getF0Std();
        double f0Shift = data.getF0Mean();
        double f0MeanOri = 0.0;
        int frames = mcepPst.getT();
        int lf0frame = 0;
        for (int frame = 0; frame < frames; frame++) {
            if (voiced[frame]) {
                f0MeanOri = f0MeanOri + Math.exp(lf0Pst.getPar(lf0frame, 0));
                lf0frame++;
            }
        }
        f0MeanOri = f0MeanOri / lf0frame;

        double[] audio = new double[frames * fprd];
        int s = 0;
        double[] magPulse = null;
        int magSample = 1;
        int magPulseSize = 0;
        double xp = 0.0;
        double xn = 0.0;
        lf0frame = 0;
        for (int frame = 0; frame < frames; frame++) {
            for (int i = 0; i < m; i++) mc[i] = mcepPst.getPar(frame, i);

            double f0 = 0.0;
            if (voiced[frame]) {
                f0 = f0Std * Math.exp(lf0Pst.getPar(lf0frame, 0)) + (1 - f0Std) * f0MeanOri + f0Shift;
                lf0frame++;
                f0 = Math.max(0.0, f0);
            }
            if (mixedExcitation) {
                for (int j = 0; j < orderM; j++) {
                    hp[j] = hn[j] = 0.0;
                    for (int i = 0; i < numM; i++) {
                        double str = strPst.getPar(frame, i);
                        hp[j] += str * h[i][j];
                        hn[j] += (1 - str) * h[i][j];
                    }
                }
            }
            if (f0 != 0.0) f0 = rate / f0;
            if (p1 < 0) {
                p1 = f0;
                pc = p1;
            }

            postfilter.apply(mc, m - 1, beta);
            HTSVocoder.mc2b(mc, cc, m - 1, alpha);
            for (int i = 0; i < m; i++) cinc[i] = (cc[i] - c[i]) * 1 / fprd;

            double inc;
            if (p1 != 0.0 && f0 != 0.0) {
                inc = (f0 - p1) * 1.0 / fprd;
            } else {
                inc = 0.0;
                pc = f0;
                p1 = 0.0;
            }

            // The excitation of the whole frame first: it does not depend on the filters' output, and a frame of it
            // lets the mixing filters work on several samples at once.
            for (int j = 0; j < fprd; j++) {
                double x;
                if (p1 == 0.0) {
                    x = rand.nextBoolean() ? 1.0 : -1.0;
                    if (mixedExcitation) {
                        xn = x;
                        xp = 0.0;
                    }
                } else {
                    if ((pc += 1.0) >= p1) {
                        if (fourierMagnitudes) {
                            magPulse = HTSVocoder.genPulseFromFourierMag(magPst, frame, p1);
                            magSample = 0;
                            magPulseSize = magPulse.length;
                            x = magPulse[magSample];
                            magSample++;
                        } else {
                            x = Math.sqrt(p1);
                        }
                        pc = pc - p1;
                    } else {
                        if (fourierMagnitudes) {
                            x = magSample >= magPulseSize ? 0.0 : magPulse[magSample];
                            magSample++;
                        } else {
                            x = 0.0;
                        }
                    }
                    if (mixedExcitation) {
                        xp = x;
                        xn = rand.nextBoolean() ? 1.0 : -1.0;
                    }
                }
                if (mixedExcitation) {
                    pulse[orderM + j] = xp;
                    noise[orderM + j] = xn;
                } else {
                    excitation[j] = x;
                }
                p1 += inc;
            }
            if (mixedExcitation) mix(pulse, noise, hp, hn, orderM, excitation, pulseSums, nonzero);

            for (int j = 0; j < fprd; j++) {
                double x = excitation[j];
                if (x != 0.0) x *= Math.exp(c[0]);
                audio[s++] = mlsa.filter(x, c);
                for (int k = 0; k < m; k++) c[k] += cinc[k];
            }
            p1 = f0;
            System.arraycopy(cc, 0, c, 0, m);
        }
        return audio;
    }

    /**
     * The mixing filters over a frame: {@code out[j]} = the filtered pulse plus the filtered noise of sample j, each
     * with MaryTTS's sum in MaryTTS's order ({@link #filter}). {@code pulse} and {@code noise} hold the {@code order}
     * inputs before the frame, then the frame's; the last {@code order} are moved to the front for the next frame.
     * {@code pulseSums} and {@code nonzero} are room for the work, of the frame's length and {@code pulse}'s.
     */
    private static void mix(double[] pulse, double[] noise, double[] hp, double[] hn, int order, double[] out,
            double[] pulseSums, int[] nonzero) {
        int n = out.length;
        int count = 0;
        for (int i = 0; i < pulse.length; i++) {
            if (pulse[i] != 0.0) nonzero[count++] = i;
        }
        // A pulse train is mostly zeros, and adding a zero product to a sum leaves it as it is (a zero sum stays
        // +0.0): summing only the non-zero inputs, in the same order, gives the same number. Noise never is.
        if (count * 8 < pulse.length) {
            sparseFilter(pulse, hp, order, nonzero, count, pulseSums);
        } else {
            filter(pulse, hp, order, pulseSums);
        }
        filter(noise, hn, order, out);
        for (int j = 0; j < n; j++) out[j] = pulseSums[j] + out[j];
        System.arraycopy(pulse, n, pulse, 0, order);
        System.arraycopy(noise, n, noise, 0, order);
    }

    /**
     * One mixing filter over a frame, as MaryTTS sums it for each sample: from 0.0, the inputs {@code k + 1} samples
     * back times {@code h[k]} for k = order - 1 down to 1 (the input one sample back is not summed, as in MaryTTS),
     * then the sample's own input times {@code h[0]}. Eight samples' sums run side by side: each is a chain of
     * dependent additions, and the eight do not depend on one another.
     */
    private static void filter(double[] in, double[] h, int order, double[] out) {
        int n = out.length;
        int j = 0;
        for (; j + 7 < n; j += 8) {
            double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0, s4 = 0.0, s5 = 0.0, s6 = 0.0, s7 = 0.0;
            for (int k = order - 1, at = j; k > 0; k--, at++) {
                double c = h[k];
                s0 += c * in[at];
                s1 += c * in[at + 1];
                s2 += c * in[at + 2];
                s3 += c * in[at + 3];
                s4 += c * in[at + 4];
                s5 += c * in[at + 5];
                s6 += c * in[at + 6];
                s7 += c * in[at + 7];
            }
            int at = order + j;
            out[j] = s0 + h[0] * in[at];
            out[j + 1] = s1 + h[0] * in[at + 1];
            out[j + 2] = s2 + h[0] * in[at + 2];
            out[j + 3] = s3 + h[0] * in[at + 3];
            out[j + 4] = s4 + h[0] * in[at + 4];
            out[j + 5] = s5 + h[0] * in[at + 5];
            out[j + 6] = s6 + h[0] * in[at + 6];
            out[j + 7] = s7 + h[0] * in[at + 7];
        }
        for (; j < n; j++) {
            double sum = 0.0;
            for (int k = order - 1, at = j; k > 0; k--, at++) sum += h[k] * in[at];
            out[j] = sum + h[0] * in[order + j];
        }
    }

    /** {@link #filter} over the inputs at {@code nonzero[0 .. count)} (ascending) alone: the others are zeros. */
    private static void sparseFilter(double[] in, double[] h, int order, int[] nonzero, int count, double[] out) {
        int first = 0;
        for (int j = 0; j < out.length; j++) {
            while (first < count && nonzero[first] < j) first++;
            double sum = 0.0;
            for (int i = first; i < count && nonzero[i] <= order + j - 2; i++) {
                int at = nonzero[i];
                sum += h[order + j - 1 - at] * in[at];
            }
            out[j] = sum + h[0] * in[order + j];
        }
    }

    /**
     * MaryTTS's {@code HTSVocoder.postfilter_mgc} (mel-cepstrum postfilter), with its two calls of {@code b2en} (the
     * energy of the filter before and after the emphasis) computed together: {@code b2mc}, {@code freqt} to
     * {@code IRLENG - 1} coefficients ({@code freqt} copies only that many, so the last cepstrum coefficient stays 0, as
     * in MaryTTS), {@code c2ir}, the sum of squares; each with MaryTTS's operations in MaryTTS's order.
     */
    private static final class Postfilter {
        private static final int IRLENG = HTSVocoder.IRLENG;
        private final double alpha;
        private final double[] b;
        private final double[] mc1;
        private final double[] mc2;
        private final double[] w1 = new double[IRLENG];
        private final double[] w2 = new double[IRLENG];
        private final double[] cep1 = new double[IRLENG];
        private final double[] cep2 = new double[IRLENG];
        private final double[] ir1 = new double[IRLENG];
        private final double[] ir2 = new double[IRLENG];

        Postfilter(int order, double alpha) {
            this.alpha = alpha;
            int length = order + 1 + 2 * IRLENG;
            b = new double[order];
            mc1 = new double[length];
            mc2 = new double[length];
        }

        void apply(double[] mgc, int m, double beta) {
            if (!(beta > 0.0 && m > 1)) return;
            double[] buff = b;
            java.util.Arrays.fill(buff, 0.0);
            HTSVocoder.mc2b(mgc, buff, m, alpha);
            java.util.Arrays.fill(mc1, 0.0);
            HTSVocoder.b2mc(buff, mc1, m, alpha);
            buff[1] -= beta * alpha * mgc[2];
            for (int k = 2; k < m; k++) buff[k] *= (1.0 + beta);
            java.util.Arrays.fill(mc2, 0.0);
            HTSVocoder.b2mc(buff, mc2, m, alpha);
            energies(m);
            double e1 = 0.0;
            double e2 = 0.0;
            for (int i = 0; i < IRLENG; i++) {
                e1 += ir1[i] * ir1[i];
                e2 += ir2[i] * ir2[i];
            }
            buff[0] += Math.log(e1 / e2) / 2;
            HTSVocoder.b2mc(buff, mgc, m, alpha);
        }

        /** freqt(mc, m, cep, IRLENG - 1, -alpha) and c2ir(cep, IRLENG, ir, IRLENG), for both, side by side. */
        private void energies(int m1) {
            final int m2 = IRLENG - 1;
            final double a = -alpha;
            final double bb = 1 - a * a;
            final double[] w1 = this.w1, w2 = this.w2;
            java.util.Arrays.fill(w1, 0.0);
            java.util.Arrays.fill(w2, 0.0);
            for (int i = m1; i >= 0; i--) {
                double o01 = w1[0], o02 = w2[0];
                w1[0] = mc1[i] + a * o01;
                w2[0] = mc2[i] + a * o02;
                double old1 = w1[1], old2 = w2[1];
                double new1 = w1[1] = bb * o01 + a * old1;
                double new2 = w2[1] = bb * o02 + a * old2;
                for (int j = 2; j <= m2; j++) {
                    double oj1 = w1[j], oj2 = w2[j];
                    new1 = w1[j] = old1 + a * (oj1 - new1);
                    new2 = w2[j] = old2 + a * (oj2 - new2);
                    old1 = oj1;
                    old2 = oj2;
                }
            }
            System.arraycopy(w1, 0, cep1, 0, m2);
            System.arraycopy(w2, 0, cep2, 0, m2);
            cep1[m2] = 0.0;
            cep2[m2] = 0.0;
            final double[] c1 = cep1, c2 = cep2, h1 = ir1, h2 = ir2;
            h1[0] = Math.exp(c1[0]);
            h2[0] = Math.exp(c2[0]);
            for (int n = 1; n < IRLENG; n++) {
                double d1 = 0;
                double d2 = 0;
                for (int k = 1; k <= n; k++) {
                    d1 += k * c1[k] * h1[n - k];
                    d2 += k * c2[k] * h2[n - k];
                }
                h1[n] = d1 / n;
                h2[n] = d2 / n;
            }
        }
    }

    /** MaryTTS's {@code mlsadf}: the MLSA filter's two parts and their state. */
    private static final class Mlsa {
        private final int m;
        private final double a;
        /** mlsadf1's state: MaryTTS's {@code d[0 .. 2 * PADEORDER + 1]}. */
        private final double[] d1 = new double[2 * (PADEORDER + 1)];
        /** mlsadf2's stage outputs: MaryTTS's {@code d[pt2 .. pt2 + PADEORDER]}. */
        private final double[] out = new double[PADEORDER + 1];
        /** The five stages' delay lines: MaryTTS's {@code d[pt3[i] .. pt3[i] + m]}, i = 1..5. */
        private final double[] s1;
        private final double[] s2;
        private final double[] s3;
        private final double[] s4;
        private final double[] s5;

        Mlsa(int m, double a) {
            this.m = m;
            this.a = a;
            s1 = new double[m + 1];
            s2 = new double[m + 1];
            s3 = new double[m + 1];
            s4 = new double[m + 1];
            s5 = new double[m + 1];
        }

        double filter(double x, double[] b) {
            return mlsadf2(mlsadf1(x, b), b);
        }

        private double mlsadf1(double x, double[] b) {
            double[] d = d1;
            double out = 0.0;
            for (int i = PADEORDER; i > 0; i--) {
                d[i] = (1 - a * a) * d[PADEORDER + i] + a * d[i];
                d[PADEORDER + 1 + i] = d[i] * b[1];
                double v = d[PADEORDER + 1 + i] * PADE[i];
                x += ((1 & i) == 1) ? v : -v;
                out += v;
            }
            d[PADEORDER + 1] = x;
            out += x;
            return out;
        }

        /**
         * MaryTTS's {@code mlsadf2} with {@code m - 1} taps: five calls of {@code mlsafir}, stage i filtering stage
         * i-1's output of the previous sample, here one loop; then the same sums in the same order.
         */
        private double mlsadf2(double x, double[] b) {
            final int mm = m - 1;
            final double a = this.a;
            final double[] s1 = this.s1, s2 = this.s2, s3 = this.s3, s4 = this.s4, s5 = this.s5;
            // mlsafir: d[0] = x; d[1] = (1 - a * a) * d[0] + a * d[1];
            s1[0] = out[0];
            s2[0] = out[1];
            s3[0] = out[2];
            s4[0] = out[3];
            s5[0] = out[4];
            double p1 = s1[1] = (1 - a * a) * s1[0] + a * s1[1];
            double p2 = s2[1] = (1 - a * a) * s2[0] + a * s2[1];
            double p3 = s3[1] = (1 - a * a) * s3[0] + a * s3[1];
            double p4 = s4[1] = (1 - a * a) * s4[0] + a * s4[1];
            double p5 = s5[1] = (1 - a * a) * s5[0] + a * s5[1];
            double y1 = 0.0, y2 = 0.0, y3 = 0.0, y4 = 0.0, y5 = 0.0;
            // for i in 2..mm: d[i] += a * (d[i + 1] - d[i - 1]); y += d[i] * b[i]; and the shift d[i] = d[i - 1]
            // (new values, for i = mm + 1 down to 2), written as the loop goes: d[i] keeps the new d[i - 1].
            for (int i = 2; i <= mm; i++) {
                double bi = b[i];
                double c1 = s1[i] + a * (s1[i + 1] - p1);
                double c2 = s2[i] + a * (s2[i + 1] - p2);
                double c3 = s3[i] + a * (s3[i + 1] - p3);
                double c4 = s4[i] + a * (s4[i + 1] - p4);
                double c5 = s5[i] + a * (s5[i + 1] - p5);
                y1 += c1 * bi;
                y2 += c2 * bi;
                y3 += c3 * bi;
                y4 += c4 * bi;
                y5 += c5 * bi;
                s1[i] = p1;
                s2[i] = p2;
                s3[i] = p3;
                s4[i] = p4;
                s5[i] = p5;
                p1 = c1;
                p2 = c2;
                p3 = c3;
                p4 = c4;
                p5 = c5;
            }
            s1[mm + 1] = p1;
            s2[mm + 1] = p2;
            s3[mm + 1] = p3;
            s4[mm + 1] = p4;
            s5[mm + 1] = p5;
            double[] o = out;
            o[1] = y1;
            o[2] = y2;
            o[3] = y3;
            o[4] = y4;
            o[5] = y5;
            double sum = 0.0;
            for (int i = PADEORDER; i > 0; i--) {
                double v = o[i] * PADE[i];
                x += ((1 & i) == 1) ? v : -v;
                sum += v;
            }
            o[0] = x;
            sum += x;
            return sum;
        }
    }
}
