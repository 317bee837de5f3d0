package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/sirupsen/logrus"

	"github.com/omrs-neo4j/omrs-neo4j/graph"
)

// options holds the settings shared by every subcommand.
type options struct {
	neo4jURI       string
	neo4jUser      string
	neo4jPassword  string
	neo4jDatabase  string
	collectionName string
	typesArchive   string
	logLevel       string
	logFormat      string
	connectTimeout time.Duration
	sealKey        string
	// analystQueryTimeout is set by the serve command only; 0 keeps the default.
	analystQueryTimeout time.Duration
	// batchSize is set by the load command only; 0 keeps the default.
	batchSize int
}

// envOr returns the value of the environment variable name, or fallback when
// it is unset or empty.
func envOr(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}

// register adds the shared flags to fs, each defaulting to its environment
// variable.
func (o *options) register(fs *flag.FlagSet) {
	defaults := graph.DefaultConfig()
	fs.StringVar(&o.neo4jURI, "neo4j-uri", envOr("NEO4J_URI", defaults.URI), "Neo4j Bolt URI (env NEO4J_URI)")
	fs.StringVar(&o.neo4jUser, "neo4j-user", os.Getenv("NEO4J_USER"), "Neo4j user name; empty means no authentication (env NEO4J_USER)")
	fs.StringVar(&o.neo4jPassword, "neo4j-password", os.Getenv("NEO4J_PASSWORD"), "Neo4j password (env NEO4J_PASSWORD)")
	fs.StringVar(&o.neo4jDatabase, "neo4j-database", envOr("NEO4J_DATABASE", defaults.Database), "Neo4j database name (env NEO4J_DATABASE)")
	fs.StringVar(&o.collectionName, "collection-name", envOr("OMRS_COLLECTION_NAME", defaults.CollectionName), "metadata collection name of this repository (env OMRS_COLLECTION_NAME)")
	fs.StringVar(&o.typesArchive, "types-archive", os.Getenv("OMRS_TYPES_ARCHIVE"), "open metadata types archive to load at start, e.g. OpenMetadataTypes.omarchive (env OMRS_TYPES_ARCHIVE)")
	fs.StringVar(&o.sealKey, "seal-key", os.Getenv("OMRS_SEAL_KEY"),
		"secret that seals what the repository writes, to detect edits made in Neo4j directly; empty keeps a generated key in Neo4j (env OMRS_SEAL_KEY)")
	fs.StringVar(&o.logLevel, "log-level", envOr("OMRS_LOG_LEVEL", "info"), "log level: debug, info, warn or error (env OMRS_LOG_LEVEL)")
	fs.StringVar(&o.logFormat, "log-format", envOr("OMRS_LOG_FORMAT", "json"), "log format: json or text (env OMRS_LOG_FORMAT)")
	connectTimeout := defaults.ConnectTimeout
	if value, err := time.ParseDuration(os.Getenv("NEO4J_CONNECT_TIMEOUT")); err == nil {
		connectTimeout = value
	}
	fs.DurationVar(&o.connectTimeout, "neo4j-connect-timeout", connectTimeout,
		"how long to wait for Neo4j to accept connections at start, e.g. 30s (env NEO4J_CONNECT_TIMEOUT)")
}

// logger builds the process logger from the log flags.
func (o *options) logger(out io.Writer) (*logrus.Entry, error) {
	level, err := logrus.ParseLevel(o.logLevel)
	if err != nil {
		return nil, fmt.Errorf("invalid --log-level %q: use debug, info, warn or error", o.logLevel)
	}
	log := logrus.New()
	log.SetOutput(out)
	log.SetLevel(level)
	switch strings.ToLower(o.logFormat) {
	case "json":
		log.SetFormatter(&logrus.JSONFormatter{})
	case "text":
		log.SetFormatter(&logrus.TextFormatter{FullTimestamp: true})
	default:
		return nil, fmt.Errorf("invalid --log-format %q: use json or text", o.logFormat)
	}
	return logrus.NewEntry(log), nil
}

// storeConfig returns the graph configuration for these options.
func (o *options) storeConfig(log *logrus.Entry) graph.Config {
	cfg := graph.DefaultConfig()
	cfg.URI = o.neo4jURI
	cfg.User = o.neo4jUser
	cfg.Password = o.neo4jPassword
	cfg.Database = o.neo4jDatabase
	cfg.CollectionName = o.collectionName
	cfg.ConnectTimeout = o.connectTimeout
	cfg.Logger = log
	cfg.SealKey = o.sealKey
	if o.analystQueryTimeout > 0 {
		cfg.AnalystQueryTimeout = o.analystQueryTimeout
	}
	if o.batchSize > 0 {
		cfg.BatchSize = o.batchSize
	}
	return cfg
}

// isTerminal reports whether f is an interactive terminal.
func isTerminal(f *os.File) bool {
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}
