package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/omrs-neo4j/omrs-neo4j/graph"
)

// runVerify checks the seal of every stored instance and lists those
// changed in Neo4j outside the repository. It fails when it finds any.
func runVerify(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	var o options
	o.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
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

	broken, err := store.Verify(ctx)
	if err != nil {
		return err
	}
	for _, seal := range broken {
		fmt.Println(describeBroken(seal))
	}
	if len(broken) > 0 {
		return fmt.Errorf("stored instances changed outside the repository: %d (listed above); "+
			"purge each reference copy and have its home send it again, and reload the archive or Neo4j backup "+
			"that holds each instance maintained here", len(broken))
	}
	fmt.Println("every stored instance matches its seal")
	return nil
}

// describeBroken returns one line for an instance whose seal is broken.
func describeBroken(seal graph.BrokenSeal) string {
	line := "changed outside the repository: " + seal.Kind + " " + seal.GUID
	if seal.Name != "" {
		line += " (" + seal.Name + ")"
	}
	if seal.Copy {
		return line + ", a reference copy"
	}
	return line + ", maintained here"
}
