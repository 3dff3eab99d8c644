package dev.voxpress.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import javax.management.NotificationEmitter;

/**
 * Keeps a long narration's memory flat. MaryTTS leaves garbage behind at a high rate, some of it old enough to
 * reach the old generation, and G1 starts collecting the old generation only when it fills 45% of the largest
 * heap the JVM may take (a quarter of the machine's memory), so a long run's resident size grows to a gigabyte
 * although under 60 MB stays in use. When the old generation passes a threshold, this asks for a full
 * collection, which also gives the freed memory back; a run of {@code java -jar} cannot pass GC options itself.
 */
final class HeapLimit {
    private static final long OLD_GENERATION_THRESHOLD = 128L << 20;

    private HeapLimit() {
    }

    /**
     * Installs the limit for this JVM, unless its heap is bounded as the launcher bounds it (the management beans
     * that watching takes cost a few hundredths of a second of start) or it has no pool to watch.
     */
    static void install() {
        if (Runtime.getRuntime().maxMemory() <= Relaunch.BOUNDED_HEAP) return;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported()
                    && pool.getName().contains("Old Gen")) {
                pool.setUsageThreshold(OLD_GENERATION_THRESHOLD);
                NotificationEmitter memory = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
                memory.addNotificationListener((notification, handback) -> System.gc(),
                        notification -> MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(notification.getType()),
                        null);
                return;
            }
        }
    }
}
