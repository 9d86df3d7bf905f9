package store_test

import (
	"context"
	"crypto/rand"
	"errors"
	"path/filepath"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"example.com/reference/internal/store"
)

// openStore opens a fresh database file in a temporary directory.
func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "store.db"))
	if err != nil {
		t.Fatalf("Open() error = %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close() error = %v", err)
		}
	})
	return s
}

// newUser returns an unsaved user with the bcrypt hash of a random password.
func newUser(t *testing.T, email string) store.User {
	t.Helper()
	hash, err := bcrypt.GenerateFromPassword([]byte(rand.Text()), bcrypt.DefaultCost)
	if err != nil {
		t.Fatalf("GenerateFromPassword() error = %v", err)
	}
	return store.User{Email: email, PasswordHash: string(hash)}
}

// createUser inserts a new user.
func createUser(t *testing.T, s *store.Store, email string) store.User {
	t.Helper()
	u := newUser(t, email)
	if err := s.CreateUser(context.Background(), &u); err != nil {
		t.Fatalf("CreateUser(%s) error = %v", email, err)
	}
	return u
}

func TestCreateUserRejectsDuplicateEmail(t *testing.T) {
	s := openStore(t)
	createUser(t, s, "kim@example.com")

	again := newUser(t, "kim@example.com")
	err := s.CreateUser(context.Background(), &again)

	if !errors.Is(err, store.ErrDuplicate) {
		t.Fatalf("second CreateUser() error = %v, want ErrDuplicate", err)
	}
}

func TestUserByEmail(t *testing.T) {
	s := openStore(t)
	want := createUser(t, s, "kim@example.com")
	createUser(t, s, "lee@example.com")
	ctx := context.Background()

	got, err := s.UserByEmail(ctx, "kim@example.com")
	if err != nil || got.ID != want.ID {
		t.Errorf("UserByEmail(kim) = %d, %v; want %d, nil", got.ID, err, want.ID)
	}
	if _, err := s.UserByEmail(ctx, "park@example.com"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("UserByEmail(park) error = %v, want ErrNotFound", err)
	}
	if _, err := s.UserByEmail(ctx, ""); err == nil {
		t.Error("UserByEmail(\"\") error = nil, want an error instead of matching any user")
	}
}

func TestNotesAreScopedToTheirOwner(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	kim := createUser(t, s, "kim@example.com")
	lee := createUser(t, s, "lee@example.com")
	first := store.Note{UserID: kim.ID, Title: "first", Body: "a"}
	second := store.Note{UserID: kim.ID, Title: "second", Body: "b"}
	for _, n := range []*store.Note{&first, &second} {
		if err := s.CreateNote(ctx, n); err != nil {
			t.Fatalf("CreateNote(%s) error = %v", n.Title, err)
		}
	}

	notes, err := s.NotesByUser(ctx, kim.ID)
	if err != nil || len(notes) != 2 || notes[0].ID != first.ID || notes[1].ID != second.ID {
		t.Errorf("NotesByUser(kim) = %+v, %v; want first and second in order", notes, err)
	}
	notes, err = s.NotesByUser(ctx, lee.ID)
	if err != nil || len(notes) != 0 {
		t.Errorf("NotesByUser(lee) = %+v, %v; want none", notes, err)
	}
	if _, err := s.NoteByID(ctx, lee.ID, first.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("NoteByID(lee, kim's note) error = %v, want ErrNotFound", err)
	}
	if err := s.DeleteNote(ctx, lee.ID, first.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("DeleteNote(lee, kim's note) error = %v, want ErrNotFound", err)
	}
	if err := s.DeleteNote(ctx, kim.ID, first.ID); err != nil {
		t.Errorf("DeleteNote(kim, first) error = %v", err)
	}
	if _, err := s.NoteByID(ctx, kim.ID, first.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("NoteByID(kim, deleted note) error = %v, want ErrNotFound", err)
	}
}

func TestZeroConditionsAreRejected(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	kim := createUser(t, s, "kim@example.com")
	note := store.Note{UserID: kim.ID, Title: "kept"}
	if err := s.CreateNote(ctx, &note); err != nil {
		t.Fatalf("CreateNote() error = %v", err)
	}

	if _, err := s.NotesByUser(ctx, 0); err == nil {
		t.Error("NotesByUser(0) error = nil, want an error instead of listing every note")
	}
	if _, err := s.NoteByID(ctx, 0, note.ID); err == nil {
		t.Error("NoteByID(0, id) error = nil, want an error instead of ignoring the owner")
	}
	if err := s.DeleteNote(ctx, 0, note.ID); err == nil {
		t.Error("DeleteNote(0, id) error = nil, want an error instead of ignoring the owner")
	}
	if err := s.CreateNote(ctx, &store.Note{Title: "orphan"}); err == nil {
		t.Error("CreateNote(no owner) error = nil, want an error")
	}
	if err := s.CreateNote(ctx, &store.Note{UserID: kim.ID + 100, Title: "orphan"}); err == nil {
		t.Error("CreateNote(unknown owner) error = nil, want a foreign key error")
	}
	if _, err := s.NoteByID(ctx, kim.ID, note.ID); err != nil {
		t.Errorf("NoteByID(kim, kept) error = %v after rejected calls", err)
	}
}
