package entity

// strSet is a set of words built once, at init, that answers a lookup faster than a
// map[string]bool: its hash reads a word's length and three of its bytes, not all of
// them, and a slot is compared by length and first byte before the word's bytes. The
// name readers test a few words per token against a dozen sets, most of them words no
// set holds, and the maps' hashing was the larger part of their time.
//
// filter has a bit for each word of the set, by another part of its hash: most words
// asked about are in no set, and are told by it without reading a slot. Its 512 bytes
// stay in the cache where the slots, 16 bytes each and four times as many as the
// words, do not: the sets are read between the other stages' tables, and reading a
// slot was most of a lookup's time.
type strSet struct {
	slots  []string // len is a power of two, at most a quarter full; "" is a free slot
	mask   uint32
	empty  bool // the set holds ""
	filter [64]uint64
}

func newStrSet[V any](m map[string]V) strSet {
	n := 8
	for n < 4*len(m) {
		n *= 2
	}
	s := strSet{slots: make([]string, n), mask: uint32(n - 1)}
	for w := range m {
		if w == "" {
			s.empty = true
			continue
		}
		x := strHash(w)
		s.filter[x>>26] |= 1 << (x >> 20 & 63)
		h := x & s.mask
		for s.slots[h] != "" {
			h = (h + 1) & s.mask
		}
		s.slots[h] = w
	}
	return s
}

func strHash[T string | []byte](w T) uint32 {
	n := uint32(len(w))
	x := n*0x9e3779b1 ^ (uint32(w[0])|uint32(w[n-1])<<8|uint32(w[n/2])<<16)*0x85ebca6b
	return x ^ x>>13
}

// has reports whether w is in s.
func (s *strSet) has(w string) bool {
	if w == "" {
		return s.empty
	}
	x := strHash(w)
	if s.filter[x>>26]&(1<<(x>>20&63)) == 0 {
		return false
	}
	for h := x & s.mask; ; h = (h + 1) & s.mask {
		e := s.slots[h]
		if e == "" {
			return false
		}
		if len(e) == len(w) && e[0] == w[0] && e == w {
			return true
		}
	}
}

// hasBytes is has(string(b)), without the string.
func (s *strSet) hasBytes(b []byte) bool {
	if len(b) == 0 {
		return s.empty
	}
	x := strHash(b)
	if s.filter[x>>26]&(1<<(x>>20&63)) == 0 {
		return false
	}
	for h := x & s.mask; ; h = (h + 1) & s.mask {
		e := s.slots[h]
		if e == "" {
			return false
		}
		if len(e) == len(b) && e[0] == b[0] && e == string(b) {
			return true
		}
	}
}
