package entity

import (
	"bytes"
	"hash/maphash"
	"strings"
)

// wordTable files the tagger's words: what the model files under each (its features,
// wordFeatures) and the tag its dictionary gives it (prose's tagDict), in one entry.
// The tagger runs a few times a text, with its tables out of the cache, and its cost
// was the lines a lookup missed: a map of 19,000 words read its group, the key's bytes
// and the features each from a line of its own. A slot here holds a fingerprint of
// the word's hash beside the entry's number, and an entry holds its word's bytes
// beside its features, so that a lookup reads a slot's line and the entry's.
type wordTable struct {
	seed    maphash.Seed
	slots   []uint32 // the hash's top 16 bits << 16 | the entry's index + 1; 0 is free
	mask    uint64
	entries []wordEntry
	long    map[string]int32 // the entries of the words longer than wordKeyLen
}

// wordKeyLen is the longest word an entry holds the bytes of.
const wordKeyLen = 22

// wordEntry is a word's entry: dict is its tagDict tag's number + 1 (0 for none).
type wordEntry struct {
	n    uint8
	key  [wordKeyLen]byte
	dict int32
	wordFeatures
}

// newWordTable files the words of features and of dict (a tag's number by word), or
// returns false if they are more than a slot can number.
func newWordTable(features map[string]*wordFeatures, dict map[string]int32) (wordTable, bool) {
	t := wordTable{seed: maphash.MakeSeed(), long: map[string]int32{}}
	index := map[string]int32{}
	entry := func(w string) *wordEntry {
		i, ok := index[w]
		if !ok {
			i = int32(len(t.entries))
			index[w] = i
			t.entries = append(t.entries, wordEntry{})
		}
		return &t.entries[i]
	}
	for w, wf := range features {
		entry(w).wordFeatures = *wf
	}
	for w, tag := range dict {
		entry(w).dict = tag + 1
	}
	if len(t.entries) >= 1<<16 {
		return t, false
	}
	n := 64
	for n < 2*len(t.entries) {
		n *= 2
	}
	t.slots, t.mask = make([]uint32, n), uint64(n-1)
	for w, i := range index {
		if len(w) > wordKeyLen {
			t.long[strings.Clone(w)] = i // kept: a feature's word is a substring of the 5 MB asset
			continue
		}
		e := &t.entries[i]
		e.n = uint8(copy(e.key[:], w))
		h := maphash.String(t.seed, w)
		s := h & t.mask
		for t.slots[s] != 0 {
			s = (s + 1) & t.mask
		}
		t.slots[s] = uint32(h>>48)<<16 | uint32(i+1)
	}
	return t, true
}

// find returns w's entry, nil for a word the model does not know.
func (t *wordTable) find(w string) *wordEntry {
	if len(w) > wordKeyLen {
		return t.longEntry(w)
	}
	h := maphash.String(t.seed, w)
	for s := h & t.mask; t.slots[s] != 0; s = (s + 1) & t.mask {
		if v := t.slots[s]; v>>16 == uint32(h>>48) {
			if e := &t.entries[v&0xffff-1]; string(e.key[:e.n]) == w {
				return e
			}
		}
	}
	return nil
}

// findBytes is find(string(w)), without the string.
func (t *wordTable) findBytes(w []byte) *wordEntry {
	if len(w) > wordKeyLen {
		return t.longEntry(string(w))
	}
	h := maphash.Bytes(t.seed, w)
	for s := h & t.mask; t.slots[s] != 0; s = (s + 1) & t.mask {
		if v := t.slots[s]; v>>16 == uint32(h>>48) {
			if e := &t.entries[v&0xffff-1]; bytes.Equal(e.key[:e.n], w) {
				return e
			}
		}
	}
	return nil
}

func (t *wordTable) longEntry(w string) *wordEntry {
	if i, ok := t.long[w]; ok {
		return &t.entries[i]
	}
	return nil
}
