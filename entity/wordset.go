package entity

// strSet is a set of words built once, at init, that answers a lookup faster than a
// map[string]bool: its hash reads a word's length and three of its bytes, not all of
// them, and a slot is compared by length and first byte before the word's bytes. The
// name readers test a few words per token against a dozen sets, most of them words no
// set holds, and the maps' hashing was the larger part of their time.
type strSet struct {
	slots []string // len is a power of two, at most a quarter full; "" is a free slot
	mask  uint32
	empty bool // the set holds ""
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
		h := strHash(w) & s.mask
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
	for h := strHash(w) & s.mask; ; h = (h + 1) & s.mask {
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
	for h := strHash(b) & s.mask; ; h = (h + 1) & s.mask {
		e := s.slots[h]
		if e == "" {
			return false
		}
		if len(e) == len(b) && e[0] == b[0] && e == string(b) {
			return true
		}
	}
}
