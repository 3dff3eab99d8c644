#!/usr/bin/env python3
"""Sorts the CPU samples of JFR recordings (jfr print --json --events jdk.ExecutionSample) into narration stages.

usage: profile-stages.py SAMPLES.json...   prints a Markdown table's rows, largest stage first. A sample goes to the
stage of the innermost frame that belongs to a known stage (so the limiter's true-peak detector counts as true
peak, not limiter); samples with no such frame are the JDK's own (start-up, class loading, I/O).
"""
import collections
import json
import sys

STAGES = [
    ("MP3 decode check (JLayer)", ["javazoom/"]),
    ("MP3 encoding (jump3r)", ["de/sciss/jump3r", "master/Mp3Encoder"]),
    ("resampling", ["master/Resampler"]),
    ("true peak", ["master/TruePeak"]),
    ("limiter", ["master/Limiter"]),
    ("loudness (K-weighting, gating)", ["master/LoudnessMeter"]),
    ("tags, sidecars", ["master/Id3Tag", "master/Sidecars"]),
    ("master: spool, gain", ["dev/voxpress/master/"]),
    ("vocoder (HtsVocoder)", ["speak/HtsVocoder", "htsengine/HTSVocoder"]),
    ("HMM parameter generation (MaryTTS)", ["htsengine/HTSPStream", "htsengine/HTSParameterGeneration"]),
    ("HMM models, features (MaryTTS)", ["htsengine/", "HMMSynthesizer", "speak/HtsSynthesis", "cart/", "features/"]),
    ("FreeTTS", ["freetts"]),
    ("script", ["dev/voxpress/script/"]),
    ("cleaning", ["dev/voxpress/clean/", "org/jsoup"]),
    ("MaryTTS text modules", ["marytts/"]),
]


def stage(frames):
    for frame in frames:
        name = frame["method"]["type"]["name"]
        for label, patterns in STAGES:
            if any(p in name for p in patterns):
                return label
    return "JDK only (start-up, class loading, I/O)"


counts = collections.Counter()
for path in sys.argv[1:]:
    with open(path) as f:
        for event in json.load(f)["recording"]["events"]:
            trace = event["values"].get("stackTrace")
            if trace:
                counts[stage(trace["frames"])] += 1
total = sum(counts.values())
for label, n in counts.most_common():
    print(f"| {label} | {n} | {100 * n / total:.1f}% |")
print(f"| all | {total} | 100% |")
