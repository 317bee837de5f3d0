package neo4jtest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const (
	launcherMainClass = "org.omrsneo4j.launcher.Neo4jLauncher"
	launcherJar       = "target/omrs-neo4j-launcher.jar"
	launcherLib       = "target/lib"
	launcherJVMArgs   = "jvm.args"
	readyPrefix       = "NEO4J_BOLT="

	// launcherStopWait bounds each stop step: end of input, then SIGTERM, then SIGKILL.
	// A clean shutdown of an idle instance took about 4 s on a 2-core machine.
	launcherStopWait = 30 * time.Second
)

// launcherProcess is a running launcher child and what is needed to stop it.
type launcherProcess struct {
	cmd    *exec.Cmd
	stdin  io.Closer
	exited chan struct{}
	home   string
}

// startLauncher runs the Java launcher as a child process on a free port with a fresh
// temporary home, and waits for its NEO4J_BOLT line.
func startLauncher(ctx context.Context, cfg Config) (*Instance, error) {
	if err := checkLauncher(cfg); err != nil {
		return nil, err
	}
	home, err := os.MkdirTemp("", "neo4jtest-")
	if err != nil {
		return nil, fmt.Errorf("create launcher home: %w", err)
	}

	process, lines, err := spawnLauncher(cfg, home)
	if err != nil {
		return nil, errors.Join(err, os.RemoveAll(home))
	}
	uri, err := waitReady(ctx, cfg.StartTimeout, process, lines)
	if err != nil {
		return nil, errors.Join(err, process.stop())
	}

	instance := &Instance{URI: uri, Source: SourceLauncher, stop: process.stop}
	if cfg.Password != "" {
		instance.User, instance.Password = "neo4j", cfg.Password
	}
	return instance, nil
}

// checkLauncher returns an errUnavailable error when the classpath or java is missing.
func checkLauncher(cfg Config) error {
	if cfg.LauncherDir == "" {
		return fmt.Errorf("%w: no go.mod above the working directory; set %s", errUnavailable, EnvLauncherDir)
	}
	for _, path := range []string{launcherJar, launcherLib, launcherJVMArgs} {
		if _, err := os.Stat(filepath.Join(cfg.LauncherDir, path)); err != nil {
			return fmt.Errorf("%w: %s not found in %s; run make launcher",
				errUnavailable, path, cfg.LauncherDir)
		}
	}
	if _, err := exec.LookPath(cfg.Java); err != nil {
		return fmt.Errorf("%w: java not found (%s): install JDK 17 or set %s", errUnavailable, cfg.Java, EnvJavaHome)
	}
	return nil
}

// launcherArgs returns the java arguments that start the launcher with its home in home.
func launcherArgs(cfg Config, home string) []string {
	dir := cfg.LauncherDir
	classpath := filepath.Join(dir, launcherJar) + string(os.PathListSeparator) + filepath.Join(dir, launcherLib, "*")
	args := []string{
		"@" + filepath.Join(dir, launcherJVMArgs),
		"-cp", classpath,
		launcherMainClass,
		"--home", home,
		"--port", "0",
		"--start-timeout", strconv.Itoa(int((cfg.StartTimeout + time.Second - 1) / time.Second)),
	}
	if cfg.URI == "" && cfg.Password != "" {
		args = append(args, "--auth-password", cfg.Password)
	}
	return args
}

// spawnLauncher starts the child. Its standard input is a pipe held by this process, so
// the launcher also stops when the test binary dies without calling Stop. Its standard
// error goes to launcher.err in home, which errors quote.
func spawnLauncher(cfg Config, home string) (*launcherProcess, <-chan string, error) {
	cmd := exec.Command(cfg.Java, launcherArgs(cfg, home)...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, nil, fmt.Errorf("open launcher stdin: %w", err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, nil, fmt.Errorf("open launcher stdout: %w", err)
	}
	stderr, err := os.Create(filepath.Join(home, "launcher.err"))
	if err != nil {
		return nil, nil, fmt.Errorf("create launcher error log: %w", err)
	}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		return nil, nil, errors.Join(fmt.Errorf("start %s: %w", cfg.Java, err), stderr.Close())
	}

	process := &launcherProcess{cmd: cmd, stdin: stdin, exited: make(chan struct{}), home: home}
	lines := make(chan string, 1)
	go scanReadyLine(stdout, lines)
	go func() {
		// The exit status is not needed; waitReady and stop only watch for the exit.
		_ = cmd.Wait()
		_ = stderr.Close()
		close(process.exited)
	}()
	return process, lines, nil
}

// scanReadyLine sends the URI from the first NEO4J_BOLT line, then drains the rest.
func scanReadyLine(stdout io.Reader, lines chan<- string) {
	scanner := bufio.NewScanner(stdout)
	sent := false
	for scanner.Scan() {
		line := strings.TrimSpace(scanner.Text())
		if !sent && strings.HasPrefix(line, readyPrefix) {
			lines <- strings.TrimPrefix(line, readyPrefix)
			sent = true
		}
	}
}

func waitReady(ctx context.Context, timeout time.Duration, process *launcherProcess, lines <-chan string) (string, error) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()

	select {
	case uri := <-lines:
		return uri, nil
	case <-process.exited:
		return "", fmt.Errorf("launcher exited before Bolt was ready: %s", process.errorLog())
	case <-timer.C:
		return "", fmt.Errorf("launcher not ready after %s (%s): %s", timeout, EnvStartTimeout, process.errorLog())
	case <-ctx.Done():
		return "", fmt.Errorf("wait for launcher: %w", ctx.Err())
	}
}

// errorLog returns the tail of launcher.err and where Neo4j's own logs are.
func (p *launcherProcess) errorLog() string {
	const maxBytes = 2000
	content, err := os.ReadFile(filepath.Join(p.home, "launcher.err"))
	text := strings.TrimSpace(string(content))
	if err != nil || text == "" {
		text = "no output on standard error"
	}
	if len(text) > maxBytes {
		text = "..." + text[len(text)-maxBytes:]
	}
	return text + " (Neo4j logs: " + filepath.Join(p.home, "logs") + ")"
}

// stop closes standard input, which makes the launcher shut Neo4j down; after
// launcherStopWait it sends SIGTERM, and after another wait SIGKILL, to this child only.
// The home directory is removed once the process is gone.
func (p *launcherProcess) stop() error {
	closeErr := p.stdin.Close()
	if !p.waitExit(launcherStopWait) {
		_ = p.cmd.Process.Signal(syscall.SIGTERM)
		if !p.waitExit(launcherStopWait) {
			_ = p.cmd.Process.Kill()
			<-p.exited
			return fmt.Errorf("launcher pid %d ignored end of input and SIGTERM for %s; killed it, kept %s",
				p.cmd.Process.Pid, 2*launcherStopWait, p.home)
		}
	}
	if err := os.RemoveAll(p.home); err != nil {
		return errors.Join(closeErr, fmt.Errorf("remove launcher home: %w", err))
	}
	return nil
}

func (p *launcherProcess) waitExit(wait time.Duration) bool {
	select {
	case <-p.exited:
		return true
	case <-time.After(wait):
		return false
	}
}
