package dev.voxpress.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.rometools.modules.itunes.AbstractITunesObject;
import com.rometools.modules.itunes.FeedInformation;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import dev.voxpress.AtomicOutput;
import dev.voxpress.PartsHash;
import dev.voxpress.Narrator;
import dev.voxpress.Slugs;
import dev.voxpress.VoxpressException;
import dev.voxpress.clean.Article;
import dev.voxpress.clean.ArticleCleaner;
import dev.voxpress.clean.Cleaner;
import dev.voxpress.master.AudioFile;
import dev.voxpress.master.EpisodeMetadata;
import dev.voxpress.master.MasterSettings;
import dev.voxpress.master.Sidecar;
import dev.voxpress.master.Sidecars;
import dev.voxpress.publish.feed.FeedWriter;
import dev.voxpress.publish.site.SiteFile;
import dev.voxpress.publish.site.SiteWriter;
import dev.voxpress.source.LoadedSource;
import dev.voxpress.source.SourceLoader;
import dev.voxpress.script.Script;
import dev.voxpress.script.Segment;
import dev.voxpress.speak.LanguageVoices;
import dev.voxpress.speak.MaryHttpEngine;
import dev.voxpress.speak.RunStoppedException;
import dev.voxpress.speak.SentenceCache;
import dev.voxpress.speak.Speaker;
import dev.voxpress.speak.VoiceProfile;
import dev.voxpress.speak.Voices;

/**
 * Publishes articles as a podcast into a feed folder: narrates what is new or changed, keeps what is not,
 * and writes {@code feed.xml}, the audio, the web side and the manifest. Every file is written under a temporary
 * name and moved into place, the audio before the manifest and the rest in the order {@link SiteFile.Tier}
 * gives, so a run killed at any moment leaves a folder that parses and links only to files that exist; the next
 * run completes the work. {@link PublishListener#reached} hears of each phase.
 */
public final class Publisher {
    /** The feed's episode limit when the settings name none. */
    public static final int DEFAULT_EPISODE_LIMIT = 100;
    public static final String FEED_FILE = FeedWriter.FEED_FILE;
    public static final String ARTWORK_FILE = "artwork.png";
    private static final String DEFAULT_BASE_URL = "http://localhost:8080/";
    /** The Podcast Index namespace for podcast:guid, a UUIDv5 of the feed URL. */
    private static final UUID PODCAST_GUID_NAMESPACE = UUID.fromString("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");

    /**
     * What to publish and where.
     *
     * @param feedDir   the feed folder
     * @param sources   files, folders, article URLs, site feeds
     * @param settings  channel settings (file and command line)
     * @param feedLimit the most entries taken from each site feed
     * @param concurrent false to hold the folder's lock for the whole run and fail at once when another run holds
     *                   it ({@code publish}); true to narrate without it and take it, waiting, only to change the
     *                   folder, so that several runs narrate at once (on-demand jobs)
     */
    public record Request(Path feedDir, List<String> sources, ChannelSettings settings, int feedLimit, boolean concurrent) {
        public Request {
            sources = List.copyOf(sources);
            if (feedLimit < 1) throw new IllegalArgumentException("feedLimit must be positive");
        }

        /** A run that holds the folder's lock throughout, as {@code publish} does. */
        public Request(Path feedDir, List<String> sources, ChannelSettings settings, int feedLimit) {
            this(feedDir, sources, settings, feedLimit, false);
        }
    }

    private final SourceLoader loader;
    private final Cleaner cleaner;
    private final Narrator narrator;
    private final PublishListener listener;
    private final FeedWriter feedWriter = new FeedWriter();
    private final SiteWriter siteWriter = new SiteWriter();

    public Publisher(PublishListener listener) {
        this(new SourceLoader(), new ArticleCleaner(), listener);
    }

    public Publisher(SourceLoader loader, Cleaner cleaner, PublishListener listener) {
        this.loader = loader;
        this.cleaner = cleaner;
        this.narrator = new Narrator(loader, cleaner, message -> { }, listener::warning);
        this.listener = listener;
    }

    /**
     * Runs one publish.
     *
     * @throws VoxpressException when the feed folder cannot be used at all (locked, unwritable, bad settings);
     *                           single articles that fail are reported in the result instead
     */
    public PublishReport publish(Request request) {
        long start = System.nanoTime();
        Path feedDir = request.feedDir().toAbsolutePath().normalize();
        ChannelSettings settings = request.settings();
        String baseUrl = Optional.ofNullable(settings.get("base-url")).orElse(DEFAULT_BASE_URL);
        FeedWriter.checkBaseUrl(baseUrl);
        int episodeLimit = settings.episodeLimit(DEFAULT_EPISODE_LIMIT);
        LanguageVoices voices = voices(settings);
        try {
            Files.createDirectories(feedDir.resolve("audio"));
        } catch (IOException e) {
            throw new VoxpressException(feedDir + ": cannot create the feed folder: " + e.getMessage(), e);
        }
        try (FolderAccess access = new FolderAccess(feedDir, request.concurrent());
             LazySpeakers speakers = new LazySpeakers(settings.threads(Speaker.defaultThreads()), listener,
                     settings.sentenceCache(feedDir))) {
            Run run = new Run(feedDir, settings, baseUrl, voices, speakers);
            run.access = access;
            run.refresh();
            if (!request.concurrent()) {
                listener.reached(PublishPhase.LOCKED);
                removeLeftovers(feedDir);
            }

            List<String> failures = new ArrayList<>();
            List<SourceList.Candidate> candidates = new SourceList(loader).expand(request.sources(), request.feedLimit(), failures);
            listener.started(candidates.size());
            Instant runStart = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            for (int i = 0; i < candidates.size(); i++) {
                Instant fallbackDate = runStart.minusSeconds(candidates.size() - 1L - i);
                try {
                    run.publishOne(i, candidates.get(i), fallbackDate);
                } catch (RunStoppedException e) {
                    // a refused API key or a spent character budget: no later article can do better
                    failures.add(e.getMessage());
                    listener.finished(i, "failed", e.getMessage(), 0);
                    break;
                } catch (VoxpressException e) {
                    failures.add(e.getMessage());
                    listener.finished(i, "failed", e.getMessage(), 0);
                }
            }
            int dropped;
            try (FolderAccess.Held held = access.change()) {
                run.refresh();
                dropped = run.applyLimit(episodeLimit);
                run.writeFeed();
                // Only now: until feed.xml and the pages are rewritten from the manifest, they may still name a file
                // that the manifest has replaced (a run killed between the two), and it must stay until then.
                listener.reached(PublishPhase.DELETING);
                removeOrphans(feedDir, run.manifest);
            }
            double audio = run.manifest.episodes().stream().mapToDouble(Episode::seconds).sum();
            return new PublishReport(run.added, run.updated, run.unchanged, dropped, failures, audio,
                    run.manifest.episodes().size(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new VoxpressException(feedDir + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** One article of a dry run: what it would cost to narrate; unchanged ones cost nothing. */
    public record DryRunArticle(String source, String title, int sentences, long characters, boolean unchanged) {
    }

    /**
     * What {@link #publish} would send to the voice's engine, without calling it and without changing the feed
     * folder: each article's sentences and characters, and whether the folder already holds its narration.
     * Articles that cannot be loaded are listed in {@code failures}.
     */
    public List<DryRunArticle> dryRun(Request request, List<String> failures) {
        LanguageVoices voices = voices(request.settings());
        Manifest manifest = Manifest.read(request.feedDir().toAbsolutePath().normalize()).orElse(null);
        List<DryRunArticle> articles = new ArrayList<>();
        for (SourceList.Candidate candidate : new SourceList(loader).expand(request.sources(), request.feedLimit(), failures)) {
            try {
                LoadedSource loaded = candidate.loaded() != null ? candidate.loaded() : loader.load(candidate.key());
                Article article = cleaner.clean(loaded);
                VoiceProfile voice = voices.voiceFor(article.language());
                if (voice == null) {
                    listener.warning("skipped \"" + article.title() + "\": " + voices.refusal(article.language()));
                    continue;
                }
                Script script = narrator.script(article, voice);
                String hash = contentHash(script, voice);
                boolean unchanged = manifest != null && manifest.bySource(candidate.key())
                        .filter(e -> e.contentHash().equals(hash)).isPresent();
                long characters = script.segments().stream().mapToLong(segment -> segment.text().length()).sum();
                articles.add(new DryRunArticle(candidate.key(), article.title(), script.segments().size(), characters,
                        unchanged));
            } catch (VoxpressException e) {
                failures.add(e.getMessage());
            }
        }
        return articles;
    }

    /**
     * How a run holds the folder's lock: for the whole run (taken at once or failing), or only while it changes the
     * folder (taken for each change, waiting for it). A change begins with {@link #change()}; the first change of a
     * concurrent run also clears what dead runs left.
     */
    private static final class FolderAccess implements AutoCloseable {
        /** The lock for one change; closing it ends the change. */
        interface Held extends AutoCloseable {
            @Override
            void close() throws IOException;
        }

        private static final Held ALREADY_HELD = () -> { };
        private final Path feedDir;
        private final FeedLock wholeRun;

        FolderAccess(Path feedDir, boolean concurrent) throws IOException {
            this.feedDir = feedDir;
            this.wholeRun = concurrent ? null : FeedLock.acquire(feedDir);
        }

        Held change() throws IOException {
            if (wholeRun != null) return ALREADY_HELD;
            FeedLock lock = FeedLock.await(feedDir);
            try {
                removeLeftovers(feedDir);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
            return lock::close;
        }

        @Override
        public void close() throws IOException {
            if (wholeRun != null) wholeRun.close();
        }
    }

    /**
     * Removes one episode: from the manifest, then {@code feed.xml}, the pages and the indexes, and only then its
     * audio, transcripts and image, under the same lock as {@link #publish}, so that nothing ever names a file that
     * is gone. The channel keeps what the settings and the last {@code feed.xml} say.
     *
     * @param feedDir  the feed folder
     * @param settings the channel settings, as for {@link #publish}
     * @param slug     the episode's slug
     * @return the removed episode, or empty when the folder holds no episode with that slug
     * @throws VoxpressException when the folder is locked by a publish run or cannot be written
     */
    public Optional<Episode> remove(Path feedDir, ChannelSettings settings, String slug) {
        Path dir = feedDir.toAbsolutePath().normalize();
        String baseUrl = Optional.ofNullable(settings.get("base-url")).orElse(DEFAULT_BASE_URL);
        FeedWriter.checkBaseUrl(baseUrl);
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (FeedLock lock = FeedLock.await(dir)) {
            listener.reached(PublishPhase.LOCKED);
            Optional<Manifest> manifest = Manifest.read(dir);
            Optional<Episode> episode = manifest.flatMap(m -> m.episodes().stream()
                    .filter(e -> e.slug().equals(slug)).findFirst());
            if (episode.isEmpty()) return Optional.empty();
            Run run = new Run(dir, settings, baseUrl, null, null);
            run.previous = PreviousChannel.read(dir);
            List<Episode> kept = new ArrayList<>(manifest.get().episodes());
            kept.remove(episode.get());
            run.manifest = new Manifest(manifest.get().channelGuid(), kept);
            listener.reached(PublishPhase.MANIFEST);
            run.manifest.write(dir);
            run.writeFeed();
            listener.reached(PublishPhase.DELETING);
            for (String file : files(episode.get())) Files.deleteIfExists(dir.resolve(file));
            return episode;
        } catch (IOException e) {
            throw new VoxpressException(dir + ": cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * What the last {@code feed.xml} says of the channel, for a run with no article to derive it from (a removal):
     * the values the settings leave open stay as they were.
     */
    private record PreviousChannel(String title, String description, String author, String language, String link) {
        static PreviousChannel read(Path feedDir) {
            Path feed = feedDir.resolve(FEED_FILE);
            if (!Files.isRegularFile(feed)) return null;
            try (InputStream in = Files.newInputStream(feed)) {
                SyndFeed syndFeed = new SyndFeedInput().build(new XmlReader(in));
                String author = syndFeed.getModule(AbstractITunesObject.URI) instanceof FeedInformation info
                        ? info.getAuthor() : null;
                return new PreviousChannel(syndFeed.getTitle(), syndFeed.getDescription(), author,
                        syndFeed.getLanguage(), syndFeed.getLink());
            } catch (IOException | FeedException | IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** The state of one run: the manifest as it grows, and the channel derived from the articles. */
    private final class Run {
        final Path feedDir;
        final ChannelSettings settings;
        final String baseUrl;
        final LanguageVoices voices;
        final LazySpeakers speakers;
        FolderAccess access;
        Manifest manifest;
        Article newest;
        /** The channel as the last feed.xml had it: what stands in for the articles when the run has none. */
        PreviousChannel previous;
        int added;
        int updated;
        int unchanged;
        final Set<String> slugsThisRun = new HashSet<>();

        Run(Path feedDir, ChannelSettings settings, String baseUrl, LanguageVoices voices, LazySpeakers speakers) {
            this.feedDir = feedDir;
            this.settings = settings;
            this.baseUrl = baseUrl;
            this.voices = voices;
            this.speakers = speakers;
        }

        void publishOne(int index, SourceList.Candidate candidate, Instant fallbackDate) throws IOException {
            LoadedSource loaded = candidate.loaded() != null ? candidate.loaded() : loader.load(candidate.key());
            Article article = cleaner.clean(loaded);
            VoiceProfile voice = voices.voiceFor(article.language());
            if (voice == null) {
                String why = voices.refusal(article.language());
                listener.finished(index, "skipped", "\"" + article.title() + "\": " + why, 0);
                return;
            }
            newest = article;
            String hash = contentHash(narrator.script(article, voice), voice);
            if (isUnchanged(index, candidate.key(), hash, article)) return;
            listener.narrating(index, article.title());
            String link = link(article, loaded);
            Channel channel = channel();
            try (Staging staging = Staging.create(feedDir)) {
                Path image = stageImage(article, staging);
                Path artwork = feedDir.resolve(channel.artwork());
                if (!Files.exists(artwork)) {
                    artwork = staging.file("artwork" + extension(channel.artwork()));
                    writeArtwork(channel, artwork);
                }
                Instant published = manifest.bySource(candidate.key()).map(Episode::published)
                        .orElseGet(() -> publishedDate(article, candidate.date(), fallbackDate));
                byte[] cover = Files.readAllBytes(image != null ? image : artwork);
                EpisodeMetadata metadata = Narrator.metadata(article, voice.name(), MasterSettings.DEFAULTS);
                metadata = new EpisodeMetadata(metadata.title(), metadata.artist(), channel.title(),
                        published.toString().substring(0, 10), link, channel.language(), cover, metadata.headings());
                listener.reached(PublishPhase.NARRATING);
                Narrator.Narration narration = narrator.speak(article, speakers.get(voice), staging.file("episode.mp3"),
                        metadata, MasterSettings.DEFAULTS, EnumSet.allOf(Sidecar.class));
                listener.reached(PublishPhase.NARRATED);
                try (FolderAccess.Held held = access.change()) {
                    refresh();
                    if (isUnchanged(index, candidate.key(), hash, article)) return;
                    Optional<Episode> existing = manifest.bySource(candidate.key());
                    String slug = existing.map(Episode::slug).orElseGet(() -> uniqueSlug(article.title()));
                    slugsThisRun.add(slug);
                    String audioPath = existing.map(e -> nextVersion(e.audio(), slug)).orElse("audio/" + slug + ".mp3");
                    for (Sidecar kind : Sidecar.values()) {
                        Staging.moveInto(Sidecars.pathFor(narration.file().path(), kind), feedDir, sidecar(audioPath, kind));
                    }
                    Staging.moveInto(narration.file().path(), feedDir, audioPath);
                    String imagePath = image == null ? null : "images/" + slug + ".jpg";
                    if (image != null) Staging.moveInto(image, feedDir, imagePath);
                    if (!Files.exists(feedDir.resolve(channel.artwork()))) Staging.moveInto(artwork, feedDir, channel.artwork());
                    AudioFile audio = narration.file();
                    Episode episode = new Episode(slug,
                            existing.map(Episode::guid).orElseGet(() -> episodeGuid(manifest.channelGuid(), candidate.key())),
                            article.title(), description(article), link, candidate.key(), hash, voice.name(),
                            existing.map(Episode::published).orElse(published), audio.seconds(), audio.bytes(), audioPath,
                            sidecar(audioPath, Sidecar.VTT), sidecar(audioPath, Sidecar.SRT),
                            sidecar(audioPath, Sidecar.CHAPTERS_JSON), imagePath, article.byline());
                    manifest = manifest.with(episode);
                    listener.reached(PublishPhase.MANIFEST);
                    manifest.write(feedDir);
                    writeFeed();
                    if (existing.isPresent()) {
                        listener.reached(PublishPhase.DELETING);
                        deleteFilesNoLongerUsed(existing.get(), episode);
                    }
                    if (existing.isPresent()) updated++;
                    else added++;
                    listener.finished(index, existing.isPresent() ? "updated" : "new", article.title(), audio.seconds());
                }
            }
        }

        /** Whether the folder already holds this narration of the source; if so, counts and reports it. */
        private boolean isUnchanged(int index, String source, String hash, Article article) {
            Optional<Episode> existing = manifest.bySource(source);
            if (existing.isEmpty() || !existing.get().contentHash().equals(hash)
                    || !Files.exists(feedDir.resolve(existing.get().audio()))) {
                return false;
            }
            unchanged++;
            slugsThisRun.add(existing.get().slug());
            listener.finished(index, "unchanged", article.title(), 0);
            return true;
        }

        /** The manifest as the folder has it now: for a concurrent run, another may have changed it meanwhile. */
        void refresh() {
            manifest = Manifest.read(feedDir).orElseGet(() -> new Manifest(podcastGuid(baseUrl), List.of()));
        }

        /** The article's lead image as square episode art, staged; null (the channel's art) when it cannot qualify. */
        private Path stageImage(Article article, Staging staging) throws IOException {
            if (article.image() == null || !article.image().matches("(?i)^https?://.*")) return null;
            Path staged = staging.file("episode.jpg");
            try {
                return EpisodeImage.write(loader.fetchImage(article.image()), staged) ? staged : null;
            } catch (VoxpressException | IOException e) {
                return null;
            }
        }

        /** Once the feed names the new version of an episode, the old version's files can go. */
        private void deleteFilesNoLongerUsed(Episode before, Episode after) throws IOException {
            Set<String> kept = new HashSet<>(files(after));
            for (String file : files(before)) {
                if (!kept.contains(file)) Files.deleteIfExists(feedDir.resolve(file));
            }
        }

        private String uniqueSlug(String title) {
            Set<String> taken = new HashSet<>(slugsThisRun);
            manifest.episodes().forEach(e -> taken.add(e.slug()));
            String base = Slugs.of(title);
            String slug = base;
            for (int n = 2; taken.contains(slug); n++) slug = base + "-" + n;
            return slug;
        }

        /** Drops the oldest episodes beyond the limit: from the manifest and feed first, then their files. */
        int applyLimit(int limit) throws IOException {
            List<Episode> newestFirst = new ArrayList<>(manifest.episodes());
            newestFirst.sort(Comparator.comparing(Episode::published).reversed());
            if (newestFirst.size() <= limit) return 0;
            List<Episode> dropped = newestFirst.subList(limit, newestFirst.size());
            manifest = new Manifest(manifest.channelGuid(), newestFirst.subList(0, limit));
            listener.reached(PublishPhase.MANIFEST);
            manifest.write(feedDir);
            writeFeed();
            listener.reached(PublishPhase.DELETING);
            for (Episode episode : dropped) {
                for (String file : files(episode)) Files.deleteIfExists(feedDir.resolve(file));
            }
            return dropped.size();
        }

        private void ensureArtwork(Channel channel) throws IOException {
            Path artwork = feedDir.resolve(channel.artwork());
            if (!Files.exists(artwork)) writeArtwork(channel, artwork);
        }

        /**
         * Writes the artwork, then the web side and feed.xml in the order {@link SiteFile.Tier} gives, then deletes
         * pages no longer listed; each file only when it differs from what is there.
         */
        void writeFeed() throws IOException {
            Channel channel = channel();
            ensureArtwork(channel);
            List<SiteFile> files = new ArrayList<>(siteWriter.files(feedDir, channel, manifest.episodes()));
            files.add(new SiteFile(SiteFile.Tier.FEED, FEED_FILE,
                    feedWriter.write(channel, manifest.episodes()).getBytes(StandardCharsets.UTF_8)));
            siteWriter.writeInOrder(feedDir, files, tier -> listener.reached(PublishPhase.of(tier)));
            listener.reached(PublishPhase.DELETING);
            siteWriter.deleteStalePages(feedDir, manifest.episodes());
        }

        private void writeArtwork(Channel channel, Path target) throws IOException {
            String configured = settings.get("artwork");
            if (configured != null) {
                try (AtomicOutput out = new AtomicOutput(target)) {
                    Files.copy(Path.of(configured), out.temp(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    out.commit();
                }
            } else {
                Artwork.generate(channel.title(), target);
            }
        }

        Channel channel() {
            String site = newest == null ? null : newest.siteName();
            PreviousChannel was = newest == null ? previous : null;
            String title = Optional.ofNullable(settings.get("title"))
                    .orElse(was != null && was.title() != null ? was.title() : site != null ? site : "voxpress");
            String author = Optional.ofNullable(settings.get("author"))
                    .orElse(was != null && was.author() != null ? was.author() : site != null ? site : title);
            String language = Optional.ofNullable(settings.get("language"))
                    .orElse(newest != null && newest.language() != null ? newest.language()
                            : was != null && was.language() != null ? was.language() : "en");
            String description = Optional.ofNullable(settings.get("description"))
                    .orElse(was != null && was.description() != null ? was.description()
                            : "Articles from " + title + ", narrated.");
            String link = Optional.ofNullable(settings.get("link"))
                    .orElse(was != null && was.link() != null ? was.link() : siteRoot(newest));
            String artwork = settings.get("artwork") == null ? ARTWORK_FILE
                    : "artwork" + extension(settings.get("artwork"));
            return new Channel(title, description, author, settings.get("owner.name"), settings.get("owner.email"),
                    language, Optional.ofNullable(settings.get("category")).orElse("News"), settings.get("subcategory"),
                    settings.explicit(), artwork, link, baseUrl, manifest.channelGuid(), settings.episodeLimit(DEFAULT_EPISODE_LIMIT));
        }
    }

    /** The voice the settings name, as {@link #publish} would narrate with. */
    public static VoiceProfile voiceProfileOf(ChannelSettings settings) {
        return voiceProfile(settings);
    }

    /** The voice the settings name, pointed at the settings' MaryTTS servers when it uses some. */
    static VoiceProfile voiceProfile(ChannelSettings settings) {
        return withServers(Voices.profile(Optional.ofNullable(settings.get("voice")).orElse(Voices.DEFAULT)), settings);
    }

    /** The default voice and those the settings name for languages ({@code voice.pt=NAME}), as {@link #publish} uses. */
    static LanguageVoices voices(ChannelSettings settings) {
        Map<String, VoiceProfile> byLanguage = new HashMap<>();
        settings.languageVoices().forEach((language, name) ->
                byLanguage.put(language, withServers(Voices.profile(name), settings)));
        return new LanguageVoices(voiceProfile(settings), byLanguage);
    }

    /** The voice pointed at the settings' MaryTTS servers ({@code mary-url}) when it uses some. */
    private static VoiceProfile withServers(VoiceProfile voice, ChannelSettings settings) {
        String servers = settings.get("mary-url");
        if (servers == null || !voice.engine().equals(MaryHttpEngine.ENGINE)) return voice;
        try {
            return voice.withServers(Stream.of(servers.split(",")).map(VoiceProfile::serverUri).toList());
        } catch (IllegalArgumentException e) {
            throw new VoxpressException("mary-url: " + e.getMessage());
        }
    }

    /** Opens a voice's engines only when an article needs narrating with it, and closes them all at the end. */
    private static final class LazySpeakers implements AutoCloseable {
        private final int threads;
        private final PublishListener listener;
        private final SentenceCache cache;
        private final Map<String, Speaker> speakers = new LinkedHashMap<>();

        LazySpeakers(int threads, PublishListener listener, SentenceCache cache) {
            this.threads = threads;
            this.listener = listener;
            this.cache = cache;
        }

        Speaker get(VoiceProfile voice) {
            return speakers.computeIfAbsent(voice.name(), name -> new Speaker(voice, threads, listener::warning, cache));
        }

        @Override
        public void close() {
            speakers.values().forEach(Speaker::close);
            if (!speakers.isEmpty() && cache != null) listener.cached(cache.hits(), cache.misses());
        }
    }

    /** The episode a feed folder holds for a source (a path or URL, as given to {@code publish}), if any. */
    public static Optional<Episode> episodeFor(Path feedDir, String source) {
        String key = SourceList.key(source);
        return Manifest.read(feedDir).flatMap(m -> m.bySource(key));
    }

    /** The path of a transcript or chapters file, relative to the feed folder, beside the audio. */
    private static String sidecar(String audioPath, Sidecar kind) {
        return Sidecars.pathFor(Path.of(audioPath), kind).toString().replace('\\', '/');
    }

    /** The files of an episode, relative to the feed folder. */
    static List<String> files(Episode episode) {
        return Stream.of(episode.audio(), episode.vtt(), episode.srt(), episode.chapters(), episode.image())
                .filter(java.util.Objects::nonNull).toList();
    }

    /**
     * A re-narrated episode gets new file names ({@code <slug>.2.mp3}, then {@code .3}): the feed never names
     * a file whose length changed under it, and podcast apps fetch the new audio instead of a cached copy.
     * Slugs hold no dots, so these names cannot meet another episode's.
     */
    static String nextVersion(String audio, String slug) {
        String name = audio.substring(audio.lastIndexOf('/') + 1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(slug) + "\\.(\\d+)\\.mp3").matcher(name);
        int version = m.matches() ? Integer.parseInt(m.group(1)) + 1 : 2;
        return "audio/" + slug + "." + version + ".mp3";
    }

    /**
     * Deletes files in {@code audio/} and {@code images/} that no episode names: what a run killed between
     * writing a file and recording it left behind, or an old version the feed named until this run rewrote it.
     */
    private static void removeOrphans(Path feedDir, Manifest manifest) throws IOException {
        Set<Path> used = new HashSet<>();
        manifest.episodes().forEach(e -> files(e).forEach(f -> used.add(feedDir.resolve(f).normalize())));
        for (String folder : new String[] {"audio", "images"}) {
            Path dir = feedDir.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!used.contains(file.normalize())) Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * Deletes temporary files and staging folders that a killed run left behind; the lock guarantees no run is
     * writing the temporary files, and a staging folder is deleted only when its process has died.
     */
    private static void removeLeftovers(Path feedDir) throws IOException {
        Staging.removeAbandoned(feedDir);
        try (Stream<Path> files = Files.walk(feedDir, 2)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".part")).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * What an episode's audio and transcripts depend on: the voice's name and sound (those of the profiles it hands
     * the title, intro or outro to included) and every word said and written.
     */
    static String contentHash(Script script, VoiceProfile voice) {
        List<String> parts = new ArrayList<>(List.of(voice.name()));
        parts.addAll(voice.soundParts());
        for (String other : voice.otherVoices()) {
            parts.add(other);
            parts.addAll(Voices.profile(other).soundParts());
        }
        for (Segment segment : script.segments()) parts.add(segment.text() + "\u0001" + segment.written() + "\u0001" + segment.pauseMillis());
        return PartsHash.of(parts);
    }

    private static String description(Article article) {
        if (article.standfirst() != null) return article.standfirst();
        String text = article.text();
        if (text.length() <= 300) return text;
        int cut = text.lastIndexOf(' ', 297);
        return text.substring(0, cut > 200 ? cut : 297) + "...";
    }

    private static String link(Article article, LoadedSource loaded) {
        if (article.url() != null && article.url().matches("(?i)^https?://.*")) return article.url();
        if (loaded.location() != null && loaded.location().matches("(?i)^https?://.*")) return loaded.location();
        return null;
    }

    private static String siteRoot(Article article) {
        if (article == null || article.url() == null || !article.url().matches("(?i)^https?://.*")) return null;
        java.net.URI uri = java.net.URI.create(article.url().replace(" ", "%20"));
        return uri.getScheme() + "://" + uri.getAuthority() + "/";
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot).toLowerCase(java.util.Locale.ROOT);
    }

    static Instant publishedDate(Article article, Instant feedDate, Instant fallback) {
        String published = article.published();
        if (published != null) {
            try {
                return OffsetDateTime.parse(published).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(published.length() >= 10 ? published.substring(0, 10) : published)
                            .atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException ignored) {
                    // Not a date voxpress can read; the feed's or the run's date stands in.
                }
            }
        }
        return feedDate != null ? feedDate : fallback;
    }

    /** The Podcast Index GUID: a UUIDv5 of the feed URL without its scheme and trailing slashes. */
    static String podcastGuid(String baseUrl) {
        String feedUrl = (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + FEED_FILE;
        String name = feedUrl.replaceFirst("(?i)^[a-z]+://", "").replaceAll("/+$", "");
        return uuidV5(PODCAST_GUID_NAMESPACE, name).toString();
    }

    private static String episodeGuid(String channelGuid, String sourceKey) {
        return uuidV5(UUID.fromString(channelGuid), sourceKey).toString();
    }

    static UUID uuidV5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            java.nio.ByteBuffer ns = java.nio.ByteBuffer.allocate(16);
            ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bb.getLong(), bb.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
