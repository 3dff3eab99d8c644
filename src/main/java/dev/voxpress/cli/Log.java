package dev.voxpress.cli;

/** Log lines go to standard error, so that standard output holds only the product. */
final class Log {
    private Log() {
    }

    static void info(String message) {
        System.err.println("voxpress: " + message);
    }

    static void warning(String message) {
        System.err.println("voxpress: warning: " + message);
    }
}
