package plaintext

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"golang.org/x/crypto/bcrypt"
)

type SignupRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

type Store struct {
	db   *sql.DB
	x    *sqlx.DB
	conn *pgx.Conn
	pool *pgxpool.Pool
}

func (s *Store) InsertFromRequest(ctx context.Context, req SignupRequest) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO accounts (email, password) VALUES ($1, $2)", req.Email, req.Password) // want `password from req.Password is stored in accounts.password without bcrypt; hash it with bcrypt.GenerateFromPassword`
	return err
}

func (s *Store) InsertFromForm(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	pw := strings.TrimSpace(r.FormValue("password"))
	s.db.Exec("INSERT INTO accounts (email, pass) VALUES (?, ?)", email, pw) // want `password from r.FormValue\("password"\) is stored in accounts.pass without bcrypt`
}

func (s *Store) InsertFromPostForm(r *http.Request) {
	_ = r.ParseForm()
	secret := r.PostForm.Get("passwd")
	s.db.Exec("UPDATE accounts SET pass = $1 WHERE id = $2", secret, 1) // want `password from r.PostForm.Get\("passwd"\) is stored in accounts.pass`
}

func (s *Store) InsertDecoded(r *http.Request) error {
	var body struct {
		User     string `json:"user"`
		Password string `json:"pwd"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		return err
	}
	_, err := s.db.Exec("INSERT INTO accounts (name, secret) VALUES (?, ?)", body.User, body.Password) // want `password from body.Password is stored in accounts.secret`
	return err
}

func (s *Store) LookupByPassword(ctx context.Context, email, password string) error {
	var id int
	return s.x.GetContext(ctx, &id, "SELECT id FROM accounts WHERE email = $1 AND password = $2", email, password) // want `password from parameter password is stored in accounts.password`
}

func (s *Store) MustInsert(login, passphrase string) {
	s.x.MustExec("INSERT INTO accounts (login, phrase) VALUES ($1, $2)", login, passphrase) // want `password from parameter passphrase is stored in accounts.phrase`
}

func (s *Store) PgxInsert(ctx context.Context, email, password string) error {
	_, err := s.conn.Exec(ctx, "INSERT INTO accounts (email, password) VALUES ($1, $2)", email, password) // want `password from parameter password is stored`
	return err
}

func (s *Store) PgxPoolTx(ctx context.Context, email, password string) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "UPDATE accounts SET password = $2 WHERE email = $1", email, password); err != nil { // want `password from parameter password is stored in accounts.password`
		return err
	}
	return tx.Commit(ctx)
}

func (s *Store) NoColumnNames(password string) {
	q := "INSERT INTO accounts VALUES (" + "$1)"
	s.db.Exec(q, password) // want `password from parameter password is stored in the query of \(\*sql.DB\).Exec`
}

// The rest is clean.

func (s *Store) InsertHashed(ctx context.Context, req SignupRequest) error {
	hash, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, "INSERT INTO accounts (email, password) VALUES ($1, $2)", req.Email, string(hash))
	return err
}

func (s *Store) InsertHashParam(ctx context.Context, email, passwordHash string) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO accounts (email, password) VALUES ($1, $2)", email, passwordHash)
	return err
}

func (s *Store) InsertOtherColumns(ctx context.Context, email, name string) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO accounts (email, name) VALUES ($1, $2)", email, name)
	return err
}

func (s *Store) InsertPasswordLength(ctx context.Context, password string) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO stats (length) VALUES ($1)", len(password))
	return err
}
