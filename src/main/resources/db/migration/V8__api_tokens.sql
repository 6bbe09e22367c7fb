-- Personal API tokens (bcf.users.ApiTokens). Only the SHA-256 of a token is kept: the token is a
-- 256-bit random secret shown once, so a fast hash is as safe as bcrypt and costs nothing per
-- request. The unique index on token_hash is the one lookup a request with a token makes.
-- A revoked token keeps its row (revoked_at), so that its use is refused saying why.
create table api_tokens (
  id           bigserial primary key,
  user_id      bigint not null references users (id) on delete cascade,
  name         text not null,
  token_hash   bytea not null unique,
  created_at   timestamptz not null,
  expires_at   timestamptz not null,
  last_used_at timestamptz,
  revoked_at   timestamptz
);
create index api_tokens_by_user on api_tokens (user_id);
