package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"000_267091c07c1a288e.txt", "cs-ilacs-good-press-release.txt"} {
		data, err := os.ReadFile(filepath.Join("../../testdata/corpus", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A dangling symlink cannot be read, even by root; its name sorts between the two.
	broken := filepath.Join(dir, "100_broken.txt")
	if err := os.Symlink(filepath.Join(dir, "missing"), broken); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.md"), []byte("not an article"), 0o644); err != nil {
		t.Fatal(err)
	}

	var stdout, stderr bytes.Buffer
	status := run(dir, &stdout, &stderr, false)
	if status != 1 {
		t.Errorf("status %d, want 1", status)
	}
	if !strings.Contains(stderr.String(), "100_broken.txt") || strings.Count(stderr.String(), "\n") != 1 {
		t.Errorf("stderr should hold one error line naming the broken file; got %q", stderr.String())
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), stdout.String())
	}
	want := []struct{ source, subject string }{
		{filepath.Join(dir, "000_267091c07c1a288e.txt"), "Tameside"},
		{filepath.Join(dir, "cs-ilacs-good-press-release.txt"), "Kestermoor Borough Council"},
	}
	for i, line := range lines {
		var got struct {
			Source  string
			Subject struct{ Name string }
		}
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if got.Source != want[i].source || got.Subject.Name != want[i].subject {
			t.Errorf("line %d: source %q subject %q, want %q %q", i+1, got.Source, got.Subject.Name, want[i].source, want[i].subject)
		}
	}
}

func TestRunMissingDir(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if status := run(filepath.Join(t.TempDir(), "nope"), &stdout, &stderr, false); status != 1 {
		t.Errorf("status %d, want 1", status)
	}
	if stdout.Len() != 0 || !strings.Contains(stderr.String(), "nope") {
		t.Errorf("stdout %q stderr %q", stdout.String(), stderr.String())
	}
}

func TestProgressOnlyWhenOn(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, on: true, total: 2}
	p.step()
	p.errorf("batch: oops\n")
	p.step()
	p.finish()
	got := buf.String()
	if !strings.Contains(got, "] 2/2") || !strings.Contains(got, "\r\033[Kbatch: oops\n") {
		t.Errorf("progress output %q", got)
	}
	buf.Reset()
	p = &progress{w: &buf, total: 2}
	p.step()
	p.errorf("batch: oops\n")
	p.finish()
	if buf.String() != "batch: oops\n" {
		t.Errorf("progress off wrote %q", buf.String())
	}
}
