package findings

import (
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"github.com/verdictnlp/verdict/text"
)

// TestStemCacheKeepsNoText checks that the shared cache of word keys does not keep alive the
// text a word was sliced from: a long-running caller would otherwise hold on to one
// whole input per cached word.
func TestStemCacheKeepsNoText(t *testing.T) {
	var freed atomic.Bool
	func() {
		// A text of its own allocation, with words the cache has not seen.
		src := strings.Clone("zq" + strconv.FormatInt(time.Now().UnixNano(), 36) + "ings " + strings.Repeat("x", 1<<16))
		runtime.AddCleanup(unsafe.StringData(src), func(*atomic.Bool) { freed.Store(true) }, &freed)
		fKeys(src[:strings.IndexByte(src, ' ')])
	}()
	for i := 0; i < 50 && !freed.Load(); i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if !freed.Load() {
		t.Errorf("a text is still alive after a word of it was looked up: the cache keeps it")
	}
}

// TestPooledWordsKeepNoText checks that the per-word slices a scan gives back to the
// pool hold no word of its text: the words are slices of it, and would keep it alive.
func TestPooledWordsKeepNoText(t *testing.T) {
	c := newFindCtx(Input{Doc: text.Parse("Inspectors found that staff were caring and kind."), Inspectorate: true})
	if len(c.ws) == 0 || c.buf == nil {
		t.Fatal("no words read into a pooled buffer")
	}
	b := c.buf
	c.release()
	for i, w := range b.ws[:cap(b.ws)] {
		if w.low != "" {
			t.Fatalf("pooled word %d still holds %q", i, w.low)
		}
	}
}
