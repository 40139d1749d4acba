// Command beam runs verdict over an archive too big for one machine, as an Apache Beam
// pipeline: the same program runs on the direct or Prism runner locally and on Flink,
// Spark or Dataflow.
//
// It reads the files matching -input: a file ending .jsonl, .ndjson or .json holds one
// record a line, {"url": …, "text": …} or {"url": …, "html": …}; a file ending .html or
// .htm is one web page; any other file is one text. Files may be gzipped (.gz). Each
// text is extracted by one Extractor per worker, and -output receives:
//
//	reports-SSSSS-of-NNNNN.jsonl     one Report a line, with "source" (and "text" for a page)
//	judgements.csv                   judgements counted by inspectorate, scale, area, time, grade, year
//	failure-themes.csv               failure findings counted by inspectorate and theme
//	dead-letter-SSSSS-of-NNNNN.jsonl {"source", "reason"} for each input that could not be done
//
// A bad input (unreadable, not JSON, over -max bytes, a page with no article, an
// extraction over -timeout or one that panics) goes to the dead letters; the job goes
// on.
//
// Usage, from this folder:
//
//	go run . -input '../../testdata/corpus/*.txt' -output out -runner direct
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input   = flag.String("input", "", "glob of the input files (a local path or gs://)")
	output  = flag.String("output", "", "folder or bucket prefix that receives the outputs")
	date    = flag.String("date", "", "reference date YYYY-MM-DD for relative dates in texts without a publication date")
	maxSize = flag.Int("max", defaultMaxSize, "largest text or page in bytes; larger inputs go to the dead letters")
	shards  = flag.Int("shards", 1, "number of report and dead-letter files; raise it with the number of workers")
	timeout = flag.Duration("timeout", time.Minute, "longest extraction of one text before it goes to the dead letters")
)

func main() {
	flag.Parse()
	beam.Init() // on a worker this runs the worker and never returns
	cfg := Config{Input: *input, Output: *output, Date: *date, MaxSize: *maxSize, Shards: *shards, Timeout: *timeout}
	if err := cfg.check(); err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		flag.Usage()
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, cfg)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("beam: %v", err)
	}
}
