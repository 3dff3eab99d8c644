package dev.voxpress.cli;

import java.util.Locale;

/** Formats durations for people. */
final class Durations {
    private Durations() {
    }

    /** {@code m:ss.s}, or {@code h:mm:ss.s} from an hour up. */
    static String clock(double seconds) {
        long tenths = Math.round(seconds * 10);
        long h = tenths / 36000;
        long m = tenths / 600 % 60;
        double s = tenths % 600 / 10.0;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%04.1f", h, m, s)
                : String.format(Locale.ROOT, "%d:%04.1f", m, s);
    }
}
