// Command omrs-neo4j is an Egeria open metadata repository that keeps its
// metadata in Neo4j and serves Egeria's OMRS REST API.
//
// Usage:
//
//	omrs-neo4j load [flags] ARCHIVE...   load .omarchive files (types, then instances)
//	omrs-neo4j serve [flags]             serve the OMRS REST API
//
// Every flag has an environment variable fallback; run a subcommand with -h to
// list them.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

const usage = `omrs-neo4j: an Egeria OMRS repository backed by Neo4j

Usage:
  omrs-neo4j load [flags] ARCHIVE...  load Egeria open metadata archives (.omarchive)
  omrs-neo4j serve [flags]            serve the OMRS REST API
  omrs-neo4j verify [flags]           list instances changed in Neo4j outside the repository
  omrs-neo4j help                     show this text

Run "omrs-neo4j COMMAND -h" for the flags of a command.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:]))
}

// run executes one subcommand and returns the process exit code.
func run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "load":
		err = runLoad(ctx, args[1:])
	case "serve":
		err = runServe(ctx, args[1:])
	case "verify":
		err = runVerify(ctx, args[1:])
	case "help", "-h", "-help", "--help":
		fmt.Print(usage)
		return 0
	default:
		fmt.Fprintf(os.Stderr, "omrs-neo4j: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "omrs-neo4j %s: %v\n", args[0], err)
		return 1
	}
	return 0
}
