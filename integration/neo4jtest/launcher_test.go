package neo4jtest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// fakeLauncherDir creates the files checkLauncher looks for, and a script standing in
// for java that runs body with the launcher's arguments in "$@".
func fakeLauncherDir(t *testing.T, body string) Config {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, launcherLib), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, launcherJar), nil, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, launcherJVMArgs), nil, 0o644))
	java := filepath.Join(dir, "java")
	require.NoError(t, os.WriteFile(java, []byte("#!/bin/sh\n"+body+"\n"), 0o755))
	return Config{LauncherDir: dir, Java: java, StartTimeout: 20 * time.Second}
}

func TestCheckLauncherUnavailable(t *testing.T) {
	tests := []struct {
		name    string
		cfg     func(t *testing.T) Config
		message string
	}{
		{
			name:    "no module root",
			cfg:     func(*testing.T) Config { return Config{Java: "java"} },
			message: "no go.mod above the working directory",
		},
		{
			name:    "classpath not built",
			cfg:     func(t *testing.T) Config { return Config{LauncherDir: t.TempDir(), Java: "java"} },
			message: "run make launcher",
		},
		{
			name: "java missing",
			cfg: func(t *testing.T) Config {
				cfg := fakeLauncherDir(t, "exit 0")
				cfg.Java = filepath.Join(t.TempDir(), "no-java")
				return cfg
			},
			message: "java not found",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkLauncher(tt.cfg(t))

			require.ErrorIs(t, err, errUnavailable)
			require.ErrorContains(t, err, tt.message)
		})
	}
}

func TestLauncherArgs(t *testing.T) {
	cfg := Config{LauncherDir: "/repo/integration/launcher", StartTimeout: 90 * time.Second}

	args := launcherArgs(cfg, "/tmp/home")

	require.Equal(t, []string{
		"@/repo/integration/launcher/jvm.args",
		"-cp", "/repo/integration/launcher/target/omrs-neo4j-launcher.jar:/repo/integration/launcher/target/lib/*",
		launcherMainClass,
		"--home", "/tmp/home",
		"--port", "0",
		"--start-timeout", "90",
	}, args)
}

func TestLauncherArgsWithPassword(t *testing.T) {
	cfg := Config{LauncherDir: "/l", StartTimeout: time.Minute, Password: "password1"}

	args := launcherArgs(cfg, "/h")

	require.Equal(t, []string{"--auth-password", "password1"}, args[len(args)-2:])
}

func TestStartLauncherReadsReadyLineAndStops(t *testing.T) {
	// The stand-in prints the ready line, then waits for end of input like the launcher.
	cfg := fakeLauncherDir(t, `echo "NEO4J_BOLT=bolt://127.0.0.1:4242"; cat >/dev/null; exit 0`)

	instance, err := startLauncher(context.Background(), cfg)
	require.NoError(t, err)
	require.Equal(t, "bolt://127.0.0.1:4242", instance.URI)
	require.Equal(t, SourceLauncher, instance.Source)
	require.Empty(t, instance.User)

	require.NoError(t, instance.Stop())
}

func TestStartLauncherRemovesHomeOnStop(t *testing.T) {
	// The stand-in writes its --home argument ($6) to a file so the test can find it.
	marker := filepath.Join(t.TempDir(), "home")
	cfg := fakeLauncherDir(t, `echo "$6" > `+marker+`; echo NEO4J_BOLT=bolt://127.0.0.1:1; cat >/dev/null`)

	instance, err := startLauncher(context.Background(), cfg)
	require.NoError(t, err)
	home, err := os.ReadFile(marker)
	require.NoError(t, err)
	require.DirExists(t, strings.TrimSpace(string(home)))

	require.NoError(t, instance.Stop())
	require.NoDirExists(t, strings.TrimSpace(string(home)))
}

func TestStartLauncherReportsEarlyExit(t *testing.T) {
	cfg := fakeLauncherDir(t, `echo "neo4j-launcher: invalid --port x" >&2; exit 2`)

	_, err := startLauncher(context.Background(), cfg)

	require.ErrorContains(t, err, "launcher exited before Bolt was ready")
	require.ErrorContains(t, err, "invalid --port x")
}

func TestStartLauncherTimesOut(t *testing.T) {
	cfg := fakeLauncherDir(t, `cat >/dev/null`)
	cfg.StartTimeout = 200 * time.Millisecond

	_, err := startLauncher(context.Background(), cfg)

	require.ErrorContains(t, err, "launcher not ready after 200ms")
}

func TestStartLauncherHonoursContext(t *testing.T) {
	cfg := fakeLauncherDir(t, `cat >/dev/null`)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	_, err := startLauncher(ctx, cfg)

	require.ErrorIs(t, err, context.Canceled)
}
