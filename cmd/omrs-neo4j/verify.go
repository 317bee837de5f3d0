package main

import (
	"context"
	"flag"
	"fmt"
	"os"
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
		fmt.Printf("changed outside the repository: %s %s %s\n", seal.Kind, seal.GUID, seal.Name)
	}
	if len(broken) > 0 {
		return fmt.Errorf("%d stored instances were changed outside the repository (listed above); "+
			"purge reference copies and ask their homes to send them again, restore the others from a backup", len(broken))
	}
	fmt.Println("every stored instance matches its seal")
	return nil
}
