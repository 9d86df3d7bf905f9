package layered

import (
	"example.com/repo"
	"golang.org/x/crypto/bcrypt"
)

type SignupRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

type Service struct{ users *repo.Repo }

func (s *Service) Register(req SignupRequest) error {
	u := &repo.User{Email: req.Email, Password: req.Password}
	return s.users.CreateUser(u) // want `password from req.Password is stored in User.Password by \(\*repo.Repo\).CreateUser without bcrypt`
}

func (s *Service) RegisterIndirect(req SignupRequest) error {
	u := &repo.User{Email: req.Email}
	u.Password = req.Password
	return s.users.Save(u) // want `password from req.Password is stored in User.Password by \(\*repo.Repo\).Save`
}

func (s *Service) store(u *repo.User) error {
	return s.users.CreateUser(u)
}

func (s *Service) RegisterLocalHelper(req SignupRequest) error {
	return s.store(&repo.User{Password: req.Password}) // want `password from req.Password is stored in User.Password by \(\*layered.Service\).store`
}

// The rest is clean.

func (s *Service) RegisterHashed(req SignupRequest) error {
	hash, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	return s.users.CreateUser(&repo.User{Email: req.Email, Password: string(hash)})
}
