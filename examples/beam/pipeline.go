package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
)

// defaultMaxSize bounds one element: news pages and inspection reports are well under
// it, and a worker holds a few elements at once.
const defaultMaxSize = 8 << 20

// Config is what the pipeline is built from.
type Config struct {
	Input   string        // glob of the input files
	Output  string        // folder or bucket prefix of the outputs
	Date    string        // reference date YYYY-MM-DD, or ""
	MaxSize int           // largest text or page in bytes
	Shards  int           // number of report and dead-letter files
	Timeout time.Duration // longest extraction of one text
}

func (c Config) check() error {
	switch {
	case c.Input == "":
		return errors.New("-input is required")
	case c.Output == "":
		return errors.New("-output is required")
	case c.MaxSize <= 0:
		return fmt.Errorf("-max %d: must be positive", c.MaxSize)
	case c.Shards <= 0:
		return fmt.Errorf("-shards %d: must be positive", c.Shards)
	case c.Timeout <= 0:
		return fmt.Errorf("-timeout %v: must be positive", c.Timeout)
	}
	if c.Date != "" {
		if _, err := time.Parse(time.DateOnly, c.Date); err != nil {
			return fmt.Errorf("-date %q: want YYYY-MM-DD", c.Date)
		}
	}
	return nil
}

// outPath names an output under the configured folder or bucket prefix.
func (c Config) outPath(name string) string {
	return strings.TrimSuffix(c.Output, "/") + "/" + name
}

// Build adds the whole pipeline to s: read, extract, then the four outputs.
func Build(s beam.Scope, cfg Config) {
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, cfg.Input), fileio.ReadDirectorySkip())
	records, badFiles := beam.ParDo2(s, &readFn{MaxSize: cfg.MaxSize}, files)
	// A JSON Lines file is read by one worker; the reshuffle spreads its records over
	// all workers before the costly step.
	records = beam.Reshuffle(s, records)
	ex := &extractFn{Date: cfg.Date, MaxSize: cfg.MaxSize, Timeout: cfg.Timeout}
	reports, judgements, failures, badTexts := beam.ParDo4(s, ex, records)

	writeShards(s.Scope("reports"), cfg.outPath("reports"), cfg.Shards, reports)
	writeShards(s.Scope("dead-letter"), cfg.outPath("dead-letter"), cfg.Shards,
		beam.Flatten(s, badFiles, badTexts))
	writeCounts(s.Scope("judgements"), cfg.outPath("judgements.csv"), judgementHeader, judgements)
	writeCounts(s.Scope("failure-themes"), cfg.outPath("failure-themes.csv"), themeHeader, failures)
}

// writeCounts counts the equal rows of col and writes them as a CSV table with a
// count column, sorted, under header.
func writeCounts(s beam.Scope, path, header string, col beam.PCollection) {
	rows := beam.ParDo(s, formatCount, stats.Count(s, col))
	writeTable(s, path, header+",count", rows)
}
