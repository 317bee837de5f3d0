package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/omrs-neo4j/omrs-neo4j/graph"
	"github.com/omrs-neo4j/omrs-neo4j/handlers"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// shutdownTimeout bounds how long serve waits for requests in flight when
// it is asked to stop.
const shutdownTimeout = 15 * time.Second

func runServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var o options
	o.register(fs)
	listen := fs.String("listen", envOr("OMRS_LISTEN", "127.0.0.1:8080"), "address to serve the REST API on, host:port (env OMRS_LISTEN)")
	serverName := fs.String("server-name", envOr("OMRS_SERVER_NAME", "omrs-neo4j"), "the {serverName} in request URLs (env OMRS_SERVER_NAME)")
	legacyDefault, _ := strconv.ParseBool(os.Getenv("OMRS_LEGACY_EXCEPTIONS"))
	legacy := fs.Bool("legacy-exceptions", legacyDefault,
		"name InvalidParameterException and UserNotAuthorizedException in the package Egeria used before December 2025, for older peers (env OMRS_LEGACY_EXCEPTIONS)")
	fs.DurationVar(&o.analystQueryTimeout, "analyst-query-timeout", graph.DefaultConfig().AnalystQueryTimeout,
		"how long a read-only analyst Cypher query may run, e.g. 30s")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q: serve takes flags only", fs.Args())
	}
	log, err := o.logger(os.Stderr)
	if err != nil {
		return err
	}

	store, err := openStore(ctx, &o, log)
	if err != nil {
		return err
	}
	defer closeStore(store, log)

	server, err := handlers.New(handlers.Config{ServerName: *serverName, LegacyExceptionPackage: *legacy},
		newRepository(store), log)
	if err != nil {
		return err
	}
	served := make(chan error, 1)
	go func() { served <- server.Start(*listen) }()

	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := server.Shutdown(shutdownCtx); err != nil {
		return err
	}
	return <-served
}

// openStore connects to Neo4j and, when a types archive is configured, loads
// its types before anything else runs.
func openStore(ctx context.Context, o *options, log *logrus.Entry) (*graph.Store, error) {
	store, err := graph.Open(ctx, o.storeConfig(log), typesystem.NewRegistry())
	if err != nil {
		return nil, err
	}
	if o.typesArchive == "" {
		return store, nil
	}
	archive, err := typesystem.ReadArchiveFile(o.typesArchive)
	if err == nil && archive.TypeStore == nil {
		err = fmt.Errorf("%s has no archiveTypeStore: --types-archive needs a types archive such as OpenMetadataTypes.omarchive", o.typesArchive)
	}
	if err == nil {
		_, err = store.LoadTypes(ctx, archive.TypeStore)
	}
	if err != nil {
		closeStore(store, log)
		return nil, fmt.Errorf("load types from %s: %w", o.typesArchive, err)
	}
	return store, nil
}

func closeStore(store *graph.Store, log *logrus.Entry) {
	if err := store.Close(context.Background()); err != nil {
		log.WithError(err).Warn("close Neo4j connections")
	}
}
