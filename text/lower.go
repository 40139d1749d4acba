package text

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/verdictnlp/verdict/internal/norm"
)

// The Document keeps no lower-cased copy of its text: a rule that reads a stretch of
// it lower-cased compares it against lower-case words with these, which fold ASCII
// letters only, as [Document.Lower] does (not strings.ToLower's Unicode letters).

// EqualLower reports whether s with its ASCII letters lower-cased is lower.
func EqualLower(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if foldByte(s[i]) != lower[i] {
			return false
		}
	}
	return true
}

// ContainsLower reports whether s with its ASCII letters lower-cased contains lower.
func ContainsLower(s, lower string) bool {
	if !hasUpper(s) {
		return strings.Contains(s, lower)
	}
	for i := 0; i+len(lower) <= len(s); i++ {
		if EqualLower(s[i:i+len(lower)], lower) {
			return true
		}
	}
	return false
}

// AppendLower appends s to b with its ASCII letters lower-cased: a word read into a
// buffer on the stack this way is compared or looked up in a map without a copy.
func AppendLower(b []byte, s string) []byte {
	b = append(b, s...)
	norm.LowerASCII(b[len(b)-len(s):])
	return b
}

// capWords holds the tokens of a Document that hold a capital (an eighth of a text's
// tokens, an eighth of its bytes) lower-cased, one after another in text, so that
// Word needs no lower-cased copy of the whole text: for each run of 64 tokens, a bit
// of upper marks each such token and rank counts those before the run; start gives
// where each starts in text.
type capWords struct {
	runs  []capRun
	start []uint32
	text  string
}

// capRun is a run of 64 tokens: the capitalised ones, and the number before them.
type capRun struct{ upper, rank uint64 }

// capBuilder builds a capWords as wordIDs meets its words.
type capBuilder struct {
	c     *capWords
	buf   *capBuf // from capBufs
	count uint64  // the capitalised words of the runs filed
}

// capBuf is capBuilder's scratch: the capitalised words lower-cased, and their starts.
type capBuf struct {
	text  []byte
	start []uint32
}

// capBufs keeps capBuilder's buffers between parses; one past capBufMax is left to
// the collector.
var capBufs = sync.Pool{New: func() any { return new(capBuf) }}

const capBufMax = 1 << 20

// newCapBuilder starts c, for a Document of n tokens.
func newCapBuilder(c *capWords, n int) capBuilder {
	c.runs = make([]capRun, (n+63)/64)
	return capBuilder{c: c, buf: capBufs.Get().(*capBuf)}
}

// add keeps w, the next capitalised word, lower-cased; h is its head lower-cased
// (lookupFold's), which is all of a word of up to eight bytes.
func (b *capBuilder) add(w string, h uint64) {
	buf := b.buf
	k := len(buf.text)
	buf.start = append(buf.start, uint32(k))
	if len(w) <= 8 {
		// Eight bytes written at once, the word's kept: the rest is written over.
		buf.text = binary.LittleEndian.AppendUint64(buf.text, h)[:k+len(w)]
		return
	}
	buf.text = append(buf.text, w...)
	norm.LowerASCII(buf.text[k:])
}

// run files run k of 64 tokens, whose capitalised ones are the bits of up.
func (b *capBuilder) run(k int, up uint64) {
	b.c.runs[k] = capRun{upper: up, rank: b.count}
	b.count += uint64(bits.OnesCount64(up))
}

// finish gives c its words and puts the buffers back.
func (b *capBuilder) finish() {
	buf := b.buf
	if len(buf.start) > 0 {
		b.c.text = string(buf.text)
		b.c.start = slices.Clone(buf.start)
	}
	if cap(buf.text) <= capBufMax && cap(buf.start) <= capBufMax/4 {
		buf.text, buf.start = buf.text[:0], buf.start[:0]
		capBufs.Put(buf)
	}
}
