package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/page"
)

// spillAt is how much of a pipe on standard input is held in memory before the rest
// goes to a temporary file. page.ReadAll holds everything it reads, so refusing a pipe
// over the default -max of 64 MiB cost 64 MiB of memory; spilling past spillAt costs
// spillAt instead, and an input that ends before it is read exactly as before. A
// variable so that tests can lower it.
var spillAt = 8 << 20

// spillFile is where a pipe spills to: written once, then read back.
type spillFile interface {
	io.Writer
	io.ReaderAt
	io.Closer
}

// openSpill makes the spill file. On Unix it is removed as soon as it is made, and lives
// on unnamed while open, so that even a run that is killed leaves nothing behind; where
// an open file cannot be removed, it is removed when closed. Tests replace openSpill to
// see that a pipe spilled or to make its writes fail.
var openSpill = func() (spillFile, error) {
	f, err := os.CreateTemp("", "verdict-*")
	if err != nil {
		return nil, err
	}
	if os.Remove(f.Name()) != nil {
		return removeOnClose{f}, nil
	}
	return f, nil
}

type removeOnClose struct{ *os.File }

func (f removeOnClose) Close() error {
	err := f.File.Close()
	os.Remove(f.Name())
	return err
}

// errOverMax is the error page.ReadAll gives for an input over limit, so that a pipe
// refused after spilling reads the same as one refused in memory.
func errOverMax(limit int) error {
	return fmt.Errorf("page: input over the limit of %d bytes: %w", limit, extract.ErrTooLarge)
}

// readPipe reads standard input that has no size (a pipe, a terminal, a test's reader)
// to its end, refusing it once it passes limit, as page.ReadAll does, but holding at
// most spillAt bytes of it in memory until it is known to be within limit.
func readPipe(r io.Reader, limit int) ([]byte, error) {
	if limit <= spillAt {
		return page.ReadAll(r, limit)
	}
	head, err := page.ReadAll(io.LimitReader(r, int64(spillAt)), spillAt)
	if err != nil || len(head) < spillAt {
		return head, err
	}
	return spill(r, head, limit)
}

// readOn reads the rest of r in memory after the bytes held, as page.ReadAll would
// have: the way when there is nowhere to spill to.
func readOn(r io.Reader, held []byte, limit int) ([]byte, error) {
	room := limit - len(held)
	if room == 0 { // page.ReadAll takes a limit of 0 for its default: read one byte
		n, err := io.ReadFull(r, make([]byte, 1))
		if n == 0 && err == io.EOF {
			return held, nil
		}
		if n == 0 {
			return nil, err
		}
	}
	if room <= 0 {
		return nil, errOverMax(limit)
	}
	rest, err := page.ReadAll(r, room)
	if errors.Is(err, extract.ErrTooLarge) {
		return nil, errOverMax(limit)
	}
	if err != nil {
		return nil, err
	}
	return append(held, rest...), nil
}

// spill writes the bytes held, then the rest of r up to one byte over limit, to a
// spill file, and reads an input within limit back into one slice of exactly its
// length. The spill never fails an input that memory would have taken: with no spill
// file, or when writing to it fails (a full disk), what it holds is read back and the
// rest is read in memory, as before.
func spill(r io.Reader, held []byte, limit int) ([]byte, error) {
	f, err := openSpill()
	if err != nil {
		return readOn(r, held, limit)
	}
	defer f.Close()
	// The held bytes are let go once written: only the MultiReader holds them, and it
	// drops them when it has read them to their end.
	src := io.MultiReader(bytes.NewReader(held), io.LimitReader(r, int64(limit+1-len(held))))
	held = nil
	written, pending, err := copyTo(f, src)
	var werr writeError
	if errors.As(err, &werr) {
		return unspill(f, written, pending, src, limit)
	}
	if err != nil {
		return nil, err
	}
	if written > limit {
		return nil, errOverMax(limit)
	}
	data := make([]byte, written)
	if _, err := f.ReadAt(data, 0); err != nil {
		return nil, fmt.Errorf("reading back standard input: %w", err)
	}
	return data, nil
}

// writeError is a failure to write the spill file, which falls back to memory, as
// distinct from a failure to read the input, which fails it.
type writeError struct{ error }

// copyTo copies src to f, returning the bytes written and, if a write failed, the bytes
// read but not written.
func copyTo(f io.Writer, src io.Reader) (int, []byte, error) {
	buf := make([]byte, 256<<10)
	written := 0
	for {
		n, err := src.Read(buf)
		if n > 0 {
			m, werr := f.Write(buf[:n])
			written += m
			if werr != nil {
				return written, buf[m:n], writeError{werr}
			}
		}
		if err == io.EOF {
			return written, nil, nil
		}
		if err != nil {
			return written, nil, err
		}
	}
}

// unspill gives up spilling after a write failed: it reads back the written bytes,
// keeps the pending ones, and reads the rest of src in memory. src still holds what of
// the input was not yet read, bounded to one byte over limit.
func unspill(f io.ReaderAt, written int, pending []byte, src io.Reader, limit int) ([]byte, error) {
	held := make([]byte, written+len(pending))
	if _, err := f.ReadAt(held[:written], 0); err != nil {
		return nil, fmt.Errorf("reading back standard input: %w", err)
	}
	copy(held[written:], pending)
	return readOn(src, held, limit)
}
