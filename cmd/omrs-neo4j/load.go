package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/schollz/progressbar/v3"
	"github.com/sirupsen/logrus"

	"github.com/omrs-neo4j/omrs-neo4j/graph"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

func runLoad(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: omrs-neo4j load [flags] ARCHIVE...\n\nLoads the type stores of all archives first, then their instances.\n\nFlags:")
		fs.PrintDefaults()
	}
	var o options
	o.register(fs)
	fs.IntVar(&o.batchSize, "batch-size", graph.DefaultConfig().BatchSize, "instances written per Neo4j transaction")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 && o.typesArchive == "" {
		fs.Usage()
		return errors.New("no archive given: name at least one .omarchive file")
	}
	log, err := o.logger(os.Stderr)
	if err != nil {
		return err
	}

	// Read every file before writing anything, so a malformed archive stops
	// the load before it changes the graph.
	archives := make([]*typesystem.Archive, 0, fs.NArg())
	for _, path := range fs.Args() {
		archive, err := typesystem.ReadArchiveFile(path)
		if err != nil {
			return err
		}
		archives = append(archives, archive)
	}

	store, err := openStore(ctx, &o, log)
	if err != nil {
		return err
	}
	defer closeStore(store, log)

	for i, archive := range archives {
		if archive.TypeStore == nil {
			continue
		}
		stats, err := store.LoadTypes(ctx, archive.TypeStore)
		if err != nil {
			return fmt.Errorf("%s: %w", fs.Arg(i), err)
		}
		log.WithFields(logrus.Fields{"file": fs.Arg(i), "typeDefs": stats.TypeDefs, "attributeTypeDefs": stats.AttributeTypeDefs,
			"relabelledTypes": stats.RelabelledTypes}).Info("loaded types")
	}
	var rejected int
	for i, archive := range archives {
		if archive.InstanceStore == nil {
			continue
		}
		stats, err := store.LoadInstances(ctx, archive, newProgress(fs.Arg(i), log))
		if err != nil {
			return fmt.Errorf("%s: %w", fs.Arg(i), err)
		}
		reportInstances(fs.Arg(i), stats, log)
		rejected += len(stats.Rejected)
	}
	if rejected > 0 {
		return fmt.Errorf("%d instances were rejected (listed above); the rest was loaded", rejected)
	}
	return nil
}

// newProgress returns a progress callback: a bar on an interactive terminal,
// log lines otherwise.
func newProgress(path string, log *logrus.Entry) graph.Progress {
	name := filepath.Base(path)
	if isTerminal(os.Stderr) {
		var bar *progressbar.ProgressBar
		return func(done, total int) {
			if bar == nil {
				bar = progressbar.NewOptions(total, progressbar.OptionSetDescription(name),
					progressbar.OptionSetWriter(os.Stderr), progressbar.OptionShowCount(),
					progressbar.OptionOnCompletion(func() { fmt.Fprintln(os.Stderr) }))
			}
			_ = bar.Set(done)
		}
	}
	return func(done, total int) {
		log.WithFields(logrus.Fields{"file": name, "done": done, "total": total}).Info("loading instances")
	}
}

func reportInstances(path string, stats *graph.LoadStats, log *logrus.Entry) {
	for _, rejection := range stats.Rejected {
		log.WithError(rejection).WithField("file", path).Error("instance rejected")
	}
	log.WithFields(logrus.Fields{
		"file":                   path,
		"entitiesStored":         stats.EntitiesStored,
		"entitiesUnchanged":      stats.EntitiesUnchanged,
		"proxiesStored":          stats.ProxiesStored,
		"relationshipsStored":    stats.RelationshipsStored,
		"relationshipsUnchanged": stats.RelationshipsUnchanged,
		"rejected":               len(stats.Rejected),
	}).Info("loaded instances")
}
