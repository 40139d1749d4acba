package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/endless"
	"github.com/verdictnlp/verdict/page"
)

// watchSpill lowers spillAt to n for the test and counts the spill files asked for;
// open, when not nil, stands in for making one.
func watchSpill(t *testing.T, n int, open func() (spillFile, error)) *int {
	oldAt, oldOpen := spillAt, openSpill
	if open == nil {
		open = oldOpen
	}
	asked := new(int)
	spillAt = n
	openSpill = func() (spillFile, error) {
		*asked++
		return open()
	}
	t.Cleanup(func() { spillAt, openSpill = oldAt, oldOpen })
	return asked
}

// corpusText is n bytes of the corpus's texts one after another, over and over.
func corpusText(t *testing.T, n int) []byte {
	t.Helper()
	var b []byte
	for _, c := range loadCorpus(t) {
		data, err := os.ReadFile(c.Path)
		if err != nil {
			t.Fatal(err)
		}
		b = append(append(b, data...), '\n')
	}
	return bytes.Repeat(b, n/len(b)+1)[:n]
}

// namedAndPiped runs verdict on data twice, as a named file and piped (an *os.File
// with no size, as a shell gives it), and returns the two outputs.
func namedAndPiped(t *testing.T, data []byte, args ...string) (named, piped string) {
	t.Helper()
	name := writeFile(t, t.TempDir(), "in.txt", data)
	var out, errb bytes.Buffer
	if st := run(append(args, name), nil, &out, &errb); st != 0 {
		t.Fatalf("verdict %q on %d bytes named: status %d, %s", args, len(data), st, errb.String())
	}
	named = out.String()
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	go func() {
		pw.Write(data)
		pw.Close()
	}()
	out.Reset()
	errb.Reset()
	if st := run(append(args, "-"), pr, &out, &errb); st != 0 {
		t.Fatalf("verdict %q on %d bytes piped: status %d, %s", args, len(data), st, errb.String())
	}
	return named, out.String()
}

// TestPipeSpillRefused wants 2 GB piped over -max refused with the error a pipe read in
// memory gets, having read little more than -max but held only about spillAt of it,
// and its spill file gone.
func TestPipeSpillRefused(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	asked := watchSpill(t, 1<<20, nil)
	const limit = 24 << 20
	pr, pw := io.Pipe()
	src := &endless.Reader{N: 2 << 30}
	done := make(chan struct{})
	go func() {
		io.Copy(pw, src)
		close(done)
	}()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var out, errb bytes.Buffer
	st := run([]string{"-max", strconv.Itoa(limit), "-"}, pr, &out, &errb)
	runtime.ReadMemStats(&after)
	pr.Close()
	<-done
	_, want := page.ReadAll(&endless.Reader{N: limit + 1}, limit)
	if st != 1 || want == nil || !strings.Contains(errb.String(), want.Error()) {
		t.Errorf("status %d, %q; want 1 and %v", st, errb.String(), want)
	}
	if read := 2<<30 - src.N; read < limit+1 || read > limit+1+64<<10 {
		t.Errorf("read %d bytes from the pipe; want little more than %d", read, limit)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > limit/2 {
		t.Errorf("allocated %d MB refusing the pipe; want about spillAt (1 MB), not the limit", alloc>>20)
	}
	if *asked != 1 {
		t.Errorf("%d spill files asked for; want 1", *asked)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left behind in the temporary directory: %v", left)
	}
}

// TestPipeSpillSame wants a pipe that spills to give the output the same bytes named
// give, at spillAt and around it, and at the limit exactly.
func TestPipeSpillSame(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	const at = 64 << 10
	asked := watchSpill(t, at, nil)
	text := corpusText(t, 6*at)
	for _, n := range []int{at - 1, at, at + 1, len(text)} {
		for _, max := range []int{len(text) + 1000, n} {
			if max <= at {
				continue // at or under spillAt page.ReadAll reads, as before
			}
			named, piped := namedAndPiped(t, text[:n], "-max", strconv.Itoa(max))
			if named != piped {
				t.Errorf("%d bytes, -max %d: piped output differs from named (%d and %d bytes)", n, max, len(piped), len(named))
			}
		}
	}
	if *asked != 5 { // every run but the one on the input that ends before spillAt
		t.Errorf("%d spill files asked for; want 5", *asked)
	}
}

// failAfter is a spill file whose disk fills after left bytes.
type failAfter struct {
	spillFile
	left int
}

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) <= f.left {
		f.left -= len(p)
		return f.spillFile.Write(p)
	}
	n, _ := f.spillFile.Write(p[:f.left])
	f.left -= n
	return n, syscall.ENOSPC
}

// TestPipeSpillFallback wants a pipe that cannot spill (no temporary directory, or a
// disk that fills while spilling) read in memory as before: the same output, and the
// same refusal over the limit.
func TestPipeSpillFallback(t *testing.T) {
	const at = 128 << 10
	text := corpusText(t, 3*at)
	t.Run("no temporary directory", func(t *testing.T) {
		t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
		asked := watchSpill(t, at, nil)
		named, piped := namedAndPiped(t, text)
		if named != piped {
			t.Errorf("piped output differs from named (%d and %d bytes)", len(piped), len(named))
		}
		var out, errb bytes.Buffer
		st := run([]string{"-max", strconv.Itoa(2 * at), "-"}, bytes.NewReader(text), &out, &errb)
		_, want := page.ReadAll(bytes.NewReader(text), 2*at)
		if st != 1 || want == nil || !strings.Contains(errb.String(), want.Error()) {
			t.Errorf("over the limit: status %d, %q; want 1 and %v", st, errb.String(), want)
		}
		if *asked != 2 {
			t.Errorf("%d spill files asked for; want 2", *asked)
		}
	})
	// The head is two chunks of 64 KiB: the disk fills before a byte is written, inside
	// the second chunk, and in what came from the pipe after the head.
	for _, left := range []int{0, 100_000, 200_000} {
		t.Run("disk full after "+strconv.Itoa(left), func(t *testing.T) {
			t.Setenv("TMPDIR", t.TempDir())
			var filled *failAfter
			open := openSpill
			watchSpill(t, at, func() (spillFile, error) {
				f, err := open()
				filled = &failAfter{f, left}
				return filled, err
			})
			named, piped := namedAndPiped(t, text)
			if named != piped {
				t.Errorf("piped output differs from named (%d and %d bytes)", len(piped), len(named))
			}
			if filled == nil || filled.left != 0 {
				t.Errorf("the spill file did not fill: %+v", filled)
			}
		})
	}
}

// TestReadOnFull wants what is read on in memory after exactly limit bytes held to be
// the held bytes when the input ends there, and refused when one more byte follows
// (page.ReadAll, which reads on, takes a limit of 0 for its default).
func TestReadOnFull(t *testing.T) {
	held := []byte("0123456789")
	got, err := readOn(strings.NewReader(""), held, len(held))
	if err != nil || string(got) != string(held) {
		t.Errorf("readOn at the limit, input ended = %q, %v; want the held bytes", got, err)
	}
	if _, err := readOn(strings.NewReader("x"), held, len(held)); !errors.Is(err, extract.ErrTooLarge) {
		t.Errorf("readOn at the limit, one byte more: error %v; want ErrTooLarge", err)
	}
	if _, err := readOn(strings.NewReader(""), held, len(held)-1); !errors.Is(err, extract.ErrTooLarge) {
		t.Errorf("readOn past the limit: error %v; want ErrTooLarge", err)
	}
}
