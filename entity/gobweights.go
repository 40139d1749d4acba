package entity

import (
	"fmt"
	"math"
	"math/bits"
)

// readWeights reads prose's weights asset b, a gob encoding of a
// map[string]map[string]float64, calling each(feature, label, weight) for every
// weight, feature by feature (a feature's weights in a row), in the stream's order.
// It returns the number of features and of weights, or an error for a stream that is
// not one (never a panic: b is data).
//
// It reads gob's wire format itself, without reflection or maps: encoding/gob built
// a map for each of the model's 75,447 features through reflection, a string for
// each key (~90 ms warm, ~200 ms in a cold run, 44 MB allocated), and the maps were
// dropped as soon as they were filed into the perceptron's tables. Only this one
// type is understood: a stream defining any other type, or holding anything but the
// one map, is an error, as is data after the map (which gob would ignore).
//
// The strings passed to each are substrings of b, so that no key costs an
// allocation: a string kept keeps the whole of b alive (5 MB); strings.Clone what is
// kept if b should be freed. A feature with no weights (the asset has 11) is
// counted but gets no call. If the error is not nil, each may already have been
// called for the weights before the fault: they should be thrown away.
func readWeights(b string, each func(feat, label string, w float64)) (features, weights int, err error) {
	s := gobStream{b: b}
	// Type definitions come first, each in a message of its own: the outer map's and
	// the inner map's, in either order (gob sends the outer's first).
	var defs [2]gobMapType
	n := 0
	id := s.message()
	for ; id < 0 && s.err == nil; id = s.message() {
		if n == len(defs) {
			s.fail("more type definitions than the weights' two")
			break
		}
		defs[n] = s.mapType(-id)
		n++
		if s.err == nil && s.pos != s.end {
			s.fail("data after a type definition")
		}
	}
	if s.err != nil {
		return 0, 0, s.err
	}
	if !isWeightsType(defs[:n], id) {
		s.fail(fmt.Sprintf("type %d is not a map[string]map[string]float64", id))
		return 0, 0, s.err
	}
	// A top-level value that is not a struct comes after a field delta of 0.
	if s.uint() != 0 {
		s.fail("a value that is not a singleton")
	}
	features, weights = s.weightsMap(each)
	if s.err == nil && s.pos != len(b) {
		s.fail("data after the weights")
	}
	if s.err != nil {
		return 0, 0, s.err
	}
	return features, weights, nil
}

// gob's ids for its predefined types, fixed by its wire format (see encoding/gob's
// package documentation), and the first id a stream may define.
const (
	gobFloat       = 4
	gobString      = 6
	gobFirstUserID = 64
)

// gobMapType is a map type a stream defines: its id, and the ids of its keys' and
// elements' types.
type gobMapType struct{ id, key, elem int64 }

// isWeightsType reports whether the type numbered id is, by the definitions defs, a
// map[string]map[string]float64. (Both definitions are needed for that, so a type
// defined twice leaves one undefined: an error, as it is for encoding/gob.)
func isWeightsType(defs []gobMapType, id int64) bool {
	find := func(id int64) (gobMapType, bool) {
		for _, d := range defs {
			if d.id == id {
				return d, true
			}
		}
		return gobMapType{}, false
	}
	outer, ok := find(id)
	if !ok || outer.key != gobString {
		return false
	}
	inner, ok := find(outer.elem)
	return ok && inner.key == gobString && inner.elem == gobFloat
}

// gobStream reads gob's encoding from b[pos:end], end being the end of the message
// being read. The first fault sets err and ends the message, so that the reads after
// it fail too and return zeros: a loop over a corrupt stream ends by checking err
// once an item, not at every read.
type gobStream struct {
	b        string
	pos, end int
	err      error
}

// fail records the first fault, at the current byte, and stops the reading.
func (s *gobStream) fail(what string) {
	if s.err == nil {
		s.err = fmt.Errorf("entity: reading prose's weights: %s at byte %d", what, s.pos)
	}
	s.pos, s.end = len(s.b), len(s.b)
}

// message reads the next message's byte count, which sets where the message ends,
// and returns the type id that begins it: negative for a type's definition,
// positive for a value's type.
func (s *gobStream) message() int64 {
	s.end = len(s.b)
	n := s.count()
	s.end = s.pos + n
	return s.int()
}

// uint reads an unsigned integer: one byte if below 128, else its byte count
// negated (0xff for one byte … 0xf8 for eight) and then its bytes, big-endian.
func (s *gobStream) uint() uint64 {
	if s.pos >= s.end {
		s.fail("unexpected end of message")
		return 0
	}
	c := s.b[s.pos]
	if c < 0x80 {
		s.pos++
		return uint64(c)
	}
	n := 256 - int(c)
	if n > 8 || s.end-s.pos-1 < n {
		s.fail("malformed unsigned integer")
		return 0
	}
	var x uint64
	for _, c := range []byte(s.b[s.pos+1 : s.pos+1+n]) { // no copy: the compiler ranges over the string's bytes
		x = x<<8 | uint64(c)
	}
	s.pos += 1 + n
	return x
}

// int reads a signed integer, sent as an unsigned one whose low bit says whether
// the rest is complemented.
func (s *gobStream) int() int64 {
	x := s.uint()
	if x&1 != 0 {
		return ^int64(x >> 1)
	}
	return int64(x >> 1)
}

// count reads a length or a number of map entries. Every byte or entry takes at
// least a byte, so a count beyond the message's remaining bytes is a corrupt one
// (refusing it also keeps it within an int).
func (s *gobStream) count() int {
	n := s.uint()
	if n > uint64(s.end-s.pos) {
		s.fail("count beyond the end of the message")
		return 0
	}
	return int(n)
}

// string reads a string, its byte count then its bytes, returned as a substring of b
// (see readWeights).
func (s *gobStream) string() string {
	n := s.count()
	str := s.b[s.pos : s.pos+n]
	s.pos += n
	return str
}

// float reads a float64, sent as an unsigned integer whose bytes are its bits'
// reversed (so that the usual low-order zeros of a round number come first, and
// drop out of the integer).
func (s *gobStream) float() float64 {
	return math.Float64frombits(bits.ReverseBytes64(s.uint()))
}

// fields reads a struct: each field present is a delta from the last field's
// number (starting at -1) then the field's value, which field(number) reads, and a
// zero delta ends the struct. A field numbered nfields or above is an error: the
// structs read here have nfields fields.
func (s *gobStream) fields(nfields int, field func(int)) {
	n := -1
	for s.err == nil {
		d := s.uint()
		if d == 0 {
			return
		}
		if d > uint64(nfields-1-n) {
			s.fail("struct field out of range")
			return
		}
		n += int(d)
		field(n)
	}
}

// mapType reads the definition of the type numbered id, a wireType struct that must
// hold only its field MapT (numbered 3), a mapType: {CommonType{Name, Id}, Key,
// Elem}. The name and the id repeated in CommonType are not needed, and skipped.
func (s *gobStream) mapType(id int64) gobMapType {
	t := gobMapType{id: id}
	if id < gobFirstUserID {
		s.fail("definition of a predefined type")
		return t
	}
	s.fields(7, func(n int) { // wireType: ArrayT, SliceT, StructT, MapT, and three more
		if n != 3 {
			s.fail("definition of a type that is not a map")
			return
		}
		s.fields(3, func(n int) {
			switch n {
			case 0:
				s.fields(2, func(n int) {
					if n == 0 {
						s.string()
					} else {
						s.int()
					}
				})
			case 1:
				t.key = s.int()
			case 2:
				t.elem = s.int()
			}
		})
	})
	return t
}

// weightsMap reads the map[string]map[string]float64 (see readWeights): a count of
// features, then each feature's name and its map, a count of labels then each
// label and its weight.
func (s *gobStream) weightsMap(each func(feat, label string, w float64)) (features, weights int) {
	features = s.count()
	for range features {
		feat := s.string()
		labels := s.count()
		for range labels {
			label := s.string()
			w := s.float()
			if s.err != nil {
				return 0, 0
			}
			each(feat, label, w)
			weights++
		}
		if s.err != nil {
			return 0, 0
		}
	}
	return features, weights
}
