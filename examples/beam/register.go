package main

import (
	"context"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// The DoFns, functions, emitters and iterators are registered so that a worker on a
// distributed runner can find them by name and call them without reflection.
func init() {
	register.DoFn4x0[context.Context, fileio.ReadableFile, func(Record), func(string)](&readFn{})
	register.DoFn6x0[context.Context, Record, func(string), func(string), func(string), func(string)](&extractFn{})
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&writeTableFn{})
	register.Function2x1(formatCount)
	register.Emitter1[Record]()
	register.Emitter1[string]()
	register.Iter1[string]()
}
