package findings

import (
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"
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
