// Command reference runs the notes API that shows the team's security rules
// in practice: bcrypt passwords, HS256 bearer tokens, GORM without raw SQL,
// masked logs and one error type.
//
// It needs JWT_SECRET and exits with status 1 without it. See README.md
// for the other settings.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"example.com/reference/internal/auth"
	"example.com/reference/internal/config"
	"example.com/reference/internal/masking"
	"example.com/reference/internal/server"
	"example.com/reference/internal/store"
)

// shutdownTimeout is how long in-flight requests get to finish after
// SIGINT or SIGTERM.
const shutdownTimeout = 10 * time.Second

func main() {
	logger := slog.New(masking.NewHandler(slog.NewJSONHandler(os.Stderr, nil)))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)

	err := run(ctx, os.LookupEnv, logger)
	stop()
	if err != nil {
		logger.Error("reference service failed", slog.String("error", err.Error()))
		os.Exit(1)
	}
}

// run starts the service with the configuration read through lookupEnv and
// serves until ctx is done.
func run(ctx context.Context, lookupEnv func(string) (string, bool), logger *slog.Logger) (err error) {
	cfg, err := config.Load(lookupEnv)
	if err != nil {
		return fmt.Errorf("load configuration: %w", err)
	}

	db, err := store.Open(cfg.DatabasePath)
	if err != nil {
		return err
	}
	defer func() {
		if closeErr := db.Close(); closeErr != nil {
			err = errors.Join(err, fmt.Errorf("close database: %w", closeErr))
		}
	}()

	passwords, err := auth.NewPasswords()
	if err != nil {
		return err
	}
	handler := server.New(server.Deps{
		Store:     db,
		Passwords: passwords,
		Tokens:    auth.NewTokens(cfg.JWTSecret, cfg.JWTIssuer, cfg.TokenTTL),
		Logger:    logger,
	})

	listener, err := net.Listen("tcp", cfg.ListenAddr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.ListenAddr, err)
	}
	httpServer := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      15 * time.Second,
		IdleTimeout:       60 * time.Second,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	logger.Info("reference service listening",
		slog.String("addr", listener.Addr().String()),
		slog.String("database", cfg.DatabasePath),
		slog.String("issuer", cfg.JWTIssuer),
		slog.Duration("token_ttl", cfg.TokenTTL),
	)

	serveErr := make(chan error, 1)
	go func() { serveErr <- httpServer.Serve(listener) }()
	select {
	case err := <-serveErr:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}

	logger.Info("reference service shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := httpServer.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	logger.Info("reference service stopped")
	return nil
}
