package entity

import (
	"bytes"
	"encoding/gob"
	"math"
	"math/bits"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// weightsAsset is prose's weights asset, the stream readWeights is for.
func weightsAsset(tb testing.TB) []byte {
	tb.Helper()
	b, err := prose.Asset("model/AveragedPerceptron/weights.gob")
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// gobWeights decodes b with encoding/gob, as the model was read before readWeights.
func gobWeights(b []byte) (map[string]map[string]float64, error) {
	var m map[string]map[string]float64
	err := gob.NewDecoder(bytes.NewReader(b)).Decode(&m)
	return m, err
}

// gobEncode encodes v with encoding/gob, each value in vs after it in the same
// stream.
func gobEncode(tb testing.TB, v any, vs ...any) []byte {
	tb.Helper()
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	for _, v := range append([]any{v}, vs...) {
		if err := enc.Encode(v); err != nil {
			tb.Fatal(err)
		}
	}
	return buf.Bytes()
}

// checkSameAsGob checks that readWeights reads b as want, encoding/gob's decoding of
// it: the counts equal, each feature's weights in one run, and every feature's run
// holding exactly its labels and weights, bit for bit. (A feature with no weights
// has no run: the count of features covers it.)
func checkSameAsGob(t *testing.T, name string, b []byte, want map[string]map[string]float64) {
	t.Helper()
	e := &fewErrors{t: t}
	var runs []string // the features, in the order of their runs
	got := map[string]map[string]float64{}
	features, weights, err := readWeights(string(b), func(feat, label string, w float64) {
		if len(runs) == 0 || runs[len(runs)-1] != feat {
			if got[feat] != nil {
				e.Errorf("%s: feature %.40q's weights are not in one run", name, feat)
			}
			runs = append(runs, feat)
			got[feat] = map[string]float64{}
		}
		if _, dup := got[feat][label]; dup {
			e.Errorf("%s: feature %.40q has label %.40q twice", name, feat, label)
		}
		got[feat][label] = w
	})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	wantWeights, nonEmpty := 0, 0
	for _, ws := range want {
		wantWeights += len(ws)
		if len(ws) > 0 {
			nonEmpty++
		}
	}
	if features != len(want) || weights != wantWeights || len(runs) != nonEmpty {
		e.Errorf("%s: %d features, %d weights, %d runs; gob: %d, %d, %d non-empty",
			name, features, weights, len(runs), len(want), wantWeights, nonEmpty)
	}
	for feat, ws := range got {
		if len(ws) != len(want[feat]) {
			e.Errorf("%s: feature %.40q: %d weights, gob %d", name, feat, len(ws), len(want[feat]))
		}
		for label, w := range ws {
			v, ok := want[feat][label]
			if !ok || math.Float64bits(w) != math.Float64bits(v) {
				e.Errorf("%s: %.40q %.40q: %v, gob %v (%v)", name, feat, label, w, v, ok)
			}
		}
	}
}

// fewErrors reports the first ten errors of a check, not every one of the asset's
// weights when the reader is wrong.
type fewErrors struct {
	t *testing.T
	n int
}

func (e *fewErrors) Errorf(format string, args ...any) {
	e.t.Helper()
	if e.n++; e.n <= 10 {
		e.t.Errorf(format, args...)
	}
}

// TestReadWeightsAsset checks readWeights against encoding/gob on prose's asset.
func TestReadWeightsAsset(t *testing.T) {
	b := weightsAsset(t)
	want, err := gobWeights(b)
	if err != nil {
		t.Fatal(err)
	}
	checkSameAsGob(t, "asset", b, want)
}

// weightsType is a named type, whose gob definition carries its name.
type weightsType map[string]map[string]float64

// smallWeights are maps that exercise the encoding's cases.
func smallWeights() map[string]map[string]float64 {
	long := strings.Repeat("long feature ", 20) // over 127 bytes: a two-byte length
	huge := strings.Repeat("x", 70000)          // a three-byte length
	many := map[string]float64{}                // a three-byte count
	for i := range 70000 {
		many[string(rune(0x4e00+i%20000))+strings.Repeat("é", i/20000)] = float64(i) - 35000.5
	}
	return map[string]map[string]float64{
		"nil":   nil,
		"empty": {},
		"one":   {"NN": 1},
		"signs": {"zero": 0, "minus zero": math.Copysign(0, -1), "neg": -1.5, "pos": 2.25},
		"extremes": {
			"max": math.MaxFloat64, "-max": -math.MaxFloat64,
			"tiny": math.SmallestNonzeroFloat64, "-tiny": -math.SmallestNonzeroFloat64,
			"inf": math.Inf(1), "-inf": math.Inf(-1), "third": 1.0 / 3,
		},
		"":               {"": 0.5},
		long:             {long: -3, "VB": 4},
		huge:             {huge: 1e300},
		"bytes \xff\x00": {"\x80\x00\x7f": -1e-300},
		"many":           many,
	}
}

// TestReadWeightsSmall checks readWeights against encoding/gob on maps encoded here.
func TestReadWeightsSmall(t *testing.T) {
	all := smallWeights()
	wide := map[string]map[string]float64{} // a two-byte count of features
	for i := range 300 {
		wide[strings.Repeat("f", i)] = map[string]float64{"NN": float64(i) / 7, "JJ": -float64(i)}
	}
	cases := map[string]map[string]map[string]float64{
		"nil": nil, "empty": {}, "all": all, "wide": wide,
		"empty inner": {"a": {}}, "nil inner": {"a": nil, "b": {"c": 1}},
	}
	for name, ws := range all {
		cases["just "+name] = map[string]map[string]float64{name[:min(len(name), 20)]: ws}
	}
	for name, m := range cases {
		b := gobEncode(t, m)
		want, err := gobWeights(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkSameAsGob(t, name, b, want)
	}
	// A named type's definition carries its name, which is skipped.
	b := gobEncode(t, weightsType(wide))
	checkSameAsGob(t, "named", b, wide)
}

// TestReadWeightsTruncated cuts streams at every byte (prose's asset at some): each
// prefix is an error, and the weights passed to each before it are the stream's.
func TestReadWeightsTruncated(t *testing.T) {
	small := gobEncode(t, map[string]map[string]float64{
		"i word x":               {"NN": 1.5, "VB": -2},
		strings.Repeat("y", 200): {"JJ": 3e-9},
		"empty":                  {},
	})
	asset := weightsAsset(t)
	for _, b := range [][]byte{small, asset} {
		want, err := gobWeights(b)
		if err != nil {
			t.Fatal(err)
		}
		cuts := []int{0, 1, 15, 16, 20, 31, 32, 33, 36, 40, len(b) / 2, len(b) - 10, len(b) - 1}
		if len(b) == len(small) {
			cuts = cuts[:0]
			for i := range b {
				cuts = append(cuts, i)
			}
		}
		for _, i := range cuts {
			// The stream cut, and cut with its last message's length made the cut's,
			// so that the reading goes up to the cut.
			for _, cut := range [][]byte{b[:i], cutMessage(b, i)} {
				f, w, err := readWeights(string(cut), func(feat, label string, w float64) {
					if v, ok := want[feat][label]; !ok || math.Float64bits(v) != math.Float64bits(w) {
						t.Errorf("cut at %d of %d: %.40q %.40q %v, not the stream's", i, len(b), feat, label, w)
					}
				})
				if err == nil {
					t.Errorf("cut at %d of %d: no error (%d features, %d weights)", i, len(b), f, w)
				}
			}
		}
	}
}

// cutMessage cuts the stream b at byte i, making the length of the message cut that
// of what is left of it, so that a reading goes up to the cut. (A cut within a
// message's length drops the message.)
func cutMessage(b []byte, i int) []byte {
	start := 0
	for {
		n, body := 0, start+1 // the message's length, and where its body starts
		if c := b[start]; c < 0x80 {
			n = int(c)
		} else {
			body += 256 - int(c)
			for _, c := range b[start+1 : body] {
				n = n<<8 | int(c)
			}
		}
		if body+n < i {
			start = body + n
			continue
		}
		if i < body {
			return bytes.Clone(b[:start])
		}
		return append(appendGobUint(bytes.Clone(b[:start]), uint64(i-body)), b[body:i]...)
	}
}

// TestReadWeightsNotWeights checks that streams of other types are errors.
func TestReadWeightsNotWeights(t *testing.T) {
	m := map[string]map[string]float64{"i word x": {"NN": 1.5, "VB": -2}, "bias": {"DT": 0.25}}
	for name, b := range map[string][]byte{
		"empty":                      nil,
		"trailing byte":              append(gobEncode(t, m), 0),
		"second value":               gobEncode(t, m, m),
		"string":                     gobEncode(t, "x"),
		"float map":                  gobEncode(t, map[string]float64{"a": 1}),
		"int weights":                gobEncode(t, map[string]map[string]int{"a": {"b": 1}}),
		"int labels":                 gobEncode(t, map[string]map[int]float64{"a": {1: 1}}),
		"int features":               gobEncode(t, map[int]map[string]float64{1: {"b": 1}}),
		"slice weights":              gobEncode(t, map[string][]float64{"a": {1}}),
		"struct":                     gobEncode(t, struct{ A map[string]map[string]float64 }{m}),
		"three maps":                 gobEncode(t, map[string]map[string]map[string]float64{"a": {"b": {"c": 1}}}),
		"weights map after a string": gobEncode(t, "x", m),
	} {
		if _, _, err := readWeights(string(b), func(string, string, float64) {}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// signed is a signed integer in a crafted gob stream; an int is an unsigned one.
type signed int64

// craft builds a gob stream by hand, to make what encoding/gob does not write: each
// message is its items (unsigned ints, signed ones, strings, float64s and raw
// bytes) encoded in turn, after their length.
func craft(msgs ...[]any) []byte {
	var b []byte
	for _, m := range msgs {
		var body []byte
		for _, x := range m {
			switch x := x.(type) {
			case int:
				body = appendGobUint(body, uint64(x))
			case signed:
				u := uint64(x) << 1
				if x < 0 {
					u = uint64(^x)<<1 | 1
				}
				body = appendGobUint(body, u)
			case string:
				body = append(appendGobUint(body, uint64(len(x))), x...)
			case float64:
				body = appendGobUint(body, bits.ReverseBytes64(math.Float64bits(x)))
			case []byte:
				body = append(body, x...)
			}
		}
		b = append(appendGobUint(b, uint64(len(body))), body...)
	}
	return b
}

// appendGobUint appends x in gob's encoding of unsigned integers.
func appendGobUint(b []byte, x uint64) []byte {
	if x < 0x80 {
		return append(b, byte(x))
	}
	n := (bits.Len64(x) + 7) / 8
	b = append(b, byte(256-n))
	for i := n - 1; i >= 0; i-- {
		b = append(b, byte(x>>(8*i)))
	}
	return b
}

// mapDef is the message defining type id as a map from key to elem: the wireType's
// field MapT (delta 4), then its CommonType (delta 1) holding only the id (delta 2),
// Key and Elem, and the ends of the three structs.
func mapDef(id signed, key, elem signed) []any {
	return []any{-id, 4, 1, 2, id, 0, 1, key, 1, elem, 0, 0}
}

// TestReadWeightsCrafted checks streams made by hand: those gob reads as the
// weights' map read the same, and the others, and some it reads that are not what
// its encoder writes, are errors.
func TestReadWeightsCrafted(t *testing.T) {
	outer, inner := mapDef(65, 6, 64), mapDef(64, 6, 4)
	value := func(items ...any) []any { return append([]any{signed(65), 0}, items...) }
	one := value(1, "feat", 1, "label", 1.5)
	for name, b := range map[string][]byte{
		"crafted":             craft(outer, inner, one),
		"inner type first":    craft(inner, outer, one),
		"named":               craft([]any{signed(-65), 4, 1, 1, "name", 1, signed(65), 0, 1, signed(6), 1, signed(64), 0, 0}, inner, one),
		"non-minimal integer": craft(outer, inner, value([]byte{0xfe, 0, 1}, "feat", 1, "label", 1.5)),
		"two features":        craft(outer, inner, value(2, "f", 2, "a", 1.0, "b", -1.0, "g", 1, "a", 2.0)),
	} {
		want, err := gobWeights(b)
		if err != nil {
			t.Fatalf("%s: gob: %v", name, err)
		}
		checkSameAsGob(t, name, b, want)
	}
	for name, b := range map[string][]byte{
		"empty message":        craft([]any{}),
		"no value":             craft(outer, inner),
		"no inner definition":  craft(outer, one),
		"three definitions":    craft(outer, inner, mapDef(66, 6, 4), one),
		"predefined id":        craft(mapDef(65, 6, 6), mapDef(6, 6, 4), one),
		"undefined type":       craft(outer, inner, append([]any{signed(66)}, one[1:]...)),
		"not a map":            craft([]any{signed(-65), 3, 0, 0}, inner, one),
		"struct of map fields": craft(append([]any{signed(-65), 3}, outer[2:]...), inner, one),
		"beyond mapType":       craft(append(outer[:10:10], 1, signed(3), 0, 0), inner, one),
		"beyond CommonType":    craft(append(outer[:5:5], 1, signed(3), 0, 1, signed(6), 1, signed(64), 0, 0), inner, one),
		"defined twice":        craft(inner, inner, value(1, "feat", 1, "label", 1.5)),
		"data after a type":    craft(append(outer, []byte{0}), inner, one),
		"data after weights":   craft(outer, inner, append(one, []byte{0})),
		"singleton delta":      craft(outer, inner, append([]any{signed(65), 1}, one[2:]...)),
		"nine-byte integer":    craft(outer, inner, append([]any{signed(65), []byte{0xf7, 0, 0, 0, 0, 0, 0, 0, 0, 0}}, one[2:]...)),
		"too many features":    craft(outer, inner, value(2, "feat", 1, "label", 1.5)),
		"too few features":     craft(outer, inner, value(0, "feat", 1, "label", 1.5)),
		"too many labels":      craft(outer, inner, value(1, "feat", 2, "label", 1.5)),
		"too few labels":       craft(outer, inner, value(1, "feat", 0, "label", 1.5)),
		"count beyond":         craft(outer, inner, value(1000, "feat", 1, "label", 1.5)),
		"string beyond":        craft(outer, inner, value(1, "feat", 1, []byte{100}, "label")),
	} {
		if _, _, err := readWeights(string(b), func(string, string, float64) {}); err == nil {
			t.Errorf("%s: no error", name)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
}

// TestReadWeightsFlipped flips bits of a stream at every byte: a stream readWeights
// accepts must be read as encoding/gob reads it, and some must be errors.
func TestReadWeightsFlipped(t *testing.T) {
	good := gobEncode(t, map[string]map[string]float64{"i word x": {"NN": 1.5, "VB": -2}, "bias": {"DT": 0.25}})
	flips := []byte{0x01, 0x02, 0x10, 0x40, 0x80, 0xff}
	errs := 0
	for i := range good {
		for _, flip := range flips {
			b := bytes.Clone(good)
			b[i] ^= flip
			if !sameAsGobOrError(t, b) {
				errs++
			}
		}
	}
	if errs == 0 {
		t.Error("no flipped byte made an error")
	}
	t.Logf("%d of %d flips are errors", errs, len(flips)*len(good))
}

// sameAsGobOrError reports whether readWeights accepts b, checking that what it
// reads is then what encoding/gob reads. (gob is run only on streams readWeights
// accepts: a corrupt count can make it allocate without bound.)
func sameAsGobOrError(t *testing.T, b []byte) bool {
	t.Helper()
	e := &fewErrors{t: t}
	got := map[string]map[string]float64{}
	features, weights, err := readWeights(string(b), func(feat, label string, w float64) {
		if got[feat] == nil {
			got[feat] = map[string]float64{}
		}
		got[feat][label] = w // a corrupt key may repeat one: the last wins, as in gob
	})
	if err != nil {
		return false
	}
	want, err := gobWeights(b)
	if err != nil {
		e.Errorf("% .64x: read as %d features, %d weights; gob: %v", b, features, weights, err)
		return true
	}
	for feat, ws := range want {
		if len(ws) != len(got[feat]) {
			e.Errorf("% .64x: feature %.40q: %d weights, gob %d", b, feat, len(got[feat]), len(ws))
		}
		for label, w := range ws {
			if v, ok := got[feat][label]; !ok || math.Float64bits(v) != math.Float64bits(w) {
				e.Errorf("% .64x: %.40q %.40q: %v, gob %v", b, feat, label, v, w)
			}
		}
	}
	if len(got) > len(want) {
		e.Errorf("% .64x: %d features with weights, gob %d", b, len(got), len(want))
	}
	return true
}

// FuzzReadWeights checks that readWeights never panics, and that what it accepts
// encoding/gob reads the same.
func FuzzReadWeights(f *testing.F) {
	f.Add(gobEncode(f, map[string]map[string]float64{"i word x": {"NN": 1.5, "VB": -2}, "e": {}}))
	f.Add(gobEncode(f, map[string]map[string]float64{strings.Repeat("y", 200): {"JJ": 3e-9}}))
	f.Add(gobEncode(f, weightsType{"a": {"b": math.Inf(1)}}))
	f.Add(gobEncode(f, map[string]map[string]int{"a": {"b": 1}}))
	f.Fuzz(func(t *testing.T, b []byte) {
		sameAsGobOrError(t, b)
	})
}

// BenchmarkReadWeights reads prose's weights asset with readWeights.
func BenchmarkReadWeights(b *testing.B) {
	asset := string(weightsAsset(b))
	b.SetBytes(int64(len(asset)))
	b.ReportAllocs()
	var sum float64
	for b.Loop() {
		_, _, err := readWeights(asset, func(_, _ string, w float64) { sum += w })
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGobWeights reads prose's weights asset with encoding/gob, into the map.
func BenchmarkGobWeights(b *testing.B) {
	asset := weightsAsset(b)
	b.SetBytes(int64(len(asset)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gobWeights(asset); err != nil {
			b.Fatal(err)
		}
	}
}
