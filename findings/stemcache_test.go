package findings

import (
	"reflect"
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

// TestPooledWordsKeepNoText checks that the per-word records a scan gives back to the
// pool can keep no text alive: an fword holds offsets, not slices of the text. It also
// holds the record to its 8 bytes, one per word of the whole text.
func TestPooledWordsKeepNoText(t *testing.T) {
	typ := reflect.TypeFor[fword]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		switch f.Type.Kind() {
		case reflect.Bool, reflect.Uint8, reflect.Uint16, reflect.Uint32:
		default:
			t.Errorf("fword.%s is a %s: a word record must hold no reference to the text", f.Name, f.Type)
		}
	}
	if n := unsafe.Sizeof(fword{}); n > 8 {
		t.Errorf("fword is %d bytes, want at most 8", n)
	}
}

// TestWordsSliceLower checks that a word record's text is the lower-case word at its
// offsets, a hyphenated word's parts included.
func TestWordsSliceLower(t *testing.T) {
	c := newFindCtx(Input{Doc: text.Parse("Inspectors found Well-Led wards; STAFF were kind."), Inspectorate: true})
	defer c.release()
	c.window(0, false) // one window: the text is short
	var got []string
	for _, w := range c.ws {
		got = append(got, c.word(w))
	}
	want := "inspectors found well led wards ; staff were kind ."
	if strings.Join(got, " ") != want {
		t.Errorf("words %q, want %q", strings.Join(got, " "), want)
	}
}
