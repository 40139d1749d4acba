package findings

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/phrase"
)

// TestFindingsLexicons checks that every findings word list loads, that each entry
// gives at least one stem, and that the matcher files each entry under the key of its
// first word.
func TestFindingsLexicons(t *testing.T) {
	for name, m := range map[string]*fMatcher{"cues": &fCueLex, "trend": &fTrendLex, "attribution": &fAttribLex, "sections": &fSectionLex, "events": &fEventLex, "themes": &fThemeLex} {
		if len(m.entries) == 0 || m.keyed.Len() != len(m.entries) {
			t.Errorf("lexicon %s: %d entries, %d phrases", name, len(m.entries), m.keyed.Len())
		}
		for k, e := range m.entries {
			if len(e.stems) == 0 {
				t.Errorf("lexicon %s: entry %d has no stems", name, k)
				continue
			}
			if !filed(m, m.keyed.Phrase(k)[0], k) {
				t.Errorf("lexicon %s: entry %v not filed under its first word", name, e.stems)
			}
		}
	}
	bits := uint16(0)
	for _, m := range []*fMatcher{&fCueLex, &fTrendLex, &fAttribLex, &fSectionLex, &fEventLex, &fThemeLex, &fInspectorVoiceLex, &fImperativeLex, &fPlanLex, &fRatingLex, &fAreaLex} {
		if m.bit == 0 || bits&m.bit != 0 {
			t.Errorf("matcher bit %b missing or shared (bits so far %b)", m.bit, bits)
		}
		bits |= m.bit
	}
	if len(fContrast) == 0 {
		t.Errorf("lexicon findings_contrast is empty")
	}
}

func filed(m *fMatcher, first phrase.Key, k int) bool {
	for _, f := range m.keyed.Filed(first) {
		if int(f) == k {
			return true
		}
	}
	return false
}

// TestWordKeys checks the keys a word is given: a listed stem matches its other
// forms, an entry written "=word" matches that word only, and a word no list holds
// has no key, whether or not the cache has seen it.
func TestWordKeys(t *testing.T) {
	for range 2 { // the second round reads the cache
		if a, b := fKeys("weaknesses").Stem, fKeys("weakness").Stem; a == phrase.None || a != b {
			t.Errorf("stem keys of weaknesses, weakness = %d, %d: want one listed key", a, b)
		}
		if got := fKeys("missing").Exact; got == phrase.None || got != fVocab.Key("=missing") {
			t.Errorf("exact key of missing = %d, want the key of its =word entry", got)
		}
		if got := fKeys("misses").Exact; got != phrase.None {
			t.Errorf("exact key of misses = %d, want none", got)
		}
		if got := fKeys("weaknesses").Starts; got&fCueLex.bit == 0 {
			t.Errorf("weaknesses starts %b: want the cue matcher's bit %b", got, fCueLex.bit)
		}
		if got := fKeys("zqxv"); got != (phrase.Word{}) {
			t.Errorf("fKeys(zqxv) = %v, want no keys", got)
		}
	}
	for i := range 300 { // past a snapshot or two
		w := "zzq" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		if got := fKeys(w); got != (phrase.Word{}) {
			t.Fatalf("fKeys(%q) = %v, want no keys", w, got)
		}
	}
}

// TestShortRootsStemmed checks that a word whose stem rewrites its first three letters
// ("using" is "use") still gets the key of its stem: the cheap prefix test that spares
// most words the stemmer must not skip it.
func TestShortRootsStemmed(t *testing.T) {
	for _, w := range []string{"using", "trying", "going", "dying"} {
		if got, want := fWordKeys(w).Stem, fVocab.Key(fStem(w)); got != want {
			t.Errorf("fWordKeys(%q).Stem = %d, want %d, the key of its stem %q", w, got, want, fStem(w))
		}
	}
	for w, want := range map[string]bool{"using": true, "ebbed": true, "covering": false, "rated": true, "started": false} {
		if got := fShortRoot(w); got != want {
			t.Errorf("fShortRoot(%q) = %v, want %v", w, got, want)
		}
	}
}
