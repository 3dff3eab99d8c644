<?xml version="1.0" encoding="UTF-8"?>
<!-- A small PLS 1.0 lexicon for tests: aliases, IPA and X-SAMPA phonemes, preferred pronunciations. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en-US">
  <meta name="author" content="voxpress tests"/>
  <lexeme>
    <grapheme>Kyiv</grapheme>
    <grapheme>Kiev</grapheme>
    <alias>keev</alias>
    <phoneme>ˈkiːv</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Zelensky</grapheme>
    <phoneme alphabet="x-sampa">zE."lEn.ski</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Nguyen</grapheme>
    <alias>win</alias>
    <alias prefer="true">nwin</alias>
  </lexeme>
  <lexeme>
    <grapheme>W3C</grapheme>
    <alias>World Wide Web Consortium</alias>
    <example>The W3C wrote PLS.</example>
  </lexeme>
  <lexeme>
    <grapheme>Worcester</grapheme>
    <phoneme>ˈwʊs.tɚ</phoneme>
    <phoneme prefer="true">ˈwʊstər</phoneme>
  </lexeme>
</lexicon>
