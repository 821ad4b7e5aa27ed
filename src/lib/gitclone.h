/*
 * Clones a repository on the host with libgit2 (1.8) into a temporary directory,
 * checks out a branch, tag or commit, and leaves what `git clone [--depth N]
 * [--branch REF] [--recurse-submodules]` leaves, holding no credential.
 *
 * Credentials (https): a token (the caller reads GIT_TOKEN or --token-env VAR)
 * given to libgit2 through the credential callback, with the URL's user name
 * or "x-access-token"; else git's credential helper (`git credential fill`,
 * the request written to its stdin, never on a command line; no prompt); else
 * user:password in the URL, which is taken out of the URL before cloning.
 * ssh: ssh-agent. file:// and local paths need nothing. A credential that the
 * server refuses is not offered twice: BYOC_EAUTH.
 *
 * Never in the result: the token is in no URL libgit2 sees, so not in
 * .git/config, FETCH_HEAD or reflogs; after the clone the origin URL is
 * rewritten without user info and FETCH_HEAD is removed, for the repository
 * and each submodule.
 *
 * As git: --depth is libgit2's shallow fetch of the one branch or tag (the
 * single-branch refspec; .git/shallow only when the history is longer); HEAD,
 * the local branch and refs/remotes/origin/HEAD as git clone sets them; files
 * and folders under umask 022 (the sandbox user's) whatever the host's;
 * .gitattributes conversions by libgit2's filters with the repository's own
 * config; submodule URLs resolved as git resolves them (gitclone_resolve_url).
 *
 * Memory: libgit2 does the transport, refs and config; the received pack is
 * indexed (gitpack.h) and the tree checked out (gitcheckout.h) by byoc, in memory
 * that does not grow with the number of objects or files (libgit2 1.8's own were
 * measured over 64 MiB: docs/architecture.md). Submodules go the same way.
 */
#ifndef BYOC_GITCLONE_H
#define BYOC_GITCLONE_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

struct gitclone_opts {
	const char *url;          /* https://, http://, ssh://, user@host:path, file://, or a local path */
	const char *ref;          /* branch, tag or (abbreviated) commit id; NULL: the remote's HEAD */
	int depth;                /* 0: full history */
	bool submodules;          /* init and update submodules, recursively */
	bool no_git;              /* remove .git (and submodules' .git files) after checkout */
	bool tree_tar;            /* check the tree out into an archive (result.tree_tar), not as files; not
	                           * with submodules, which are checked out into the work tree */
	const char *token;        /* https password/token; NULL: credential helper or none */
	const char *tmp_parent;   /* where the temporary directory goes; NULL: $TMPDIR or /tmp */
	volatile sig_atomic_t *cancel; /* non-zero stops the transfer (BYOC_EINTR) */
	/* progress: called now and then with bytes received so far */
	void (*progress)(void *arg, size_t received_bytes, unsigned received_objects, unsigned total_objects);
	void *progress_arg;
};

struct gitclone_result {
	char *tmp;            /* the temporary directory (removed by release) */
	char *dir;            /* the work tree inside it (with tree_tar: .git alone) */
	char *tree_tar;       /* with tree_tar: the work tree as a tar archive inside tmp, or NULL (no file) */
	char commit[41];      /* the checked-out commit id */
	char *branch;         /* the branch checked out, or NULL (tag, commit) */
	char *name;           /* the repository's name from the URL ("repo" for .../repo.git) */
	bool depth_ignored;   /* a local repository: cloned whole (libgit2 1.8 cannot fetch one shallow) */
	/* where the time went, in ms: fetch and index, connectivity check, checkout */
	int64_t fetch_ms, check_ms, checkout_ms;
};

/* Clones and checks out; on failure nothing is left on disk. */
int gitclone_run(const struct gitclone_opts *o, struct gitclone_result *out);
/* Removes the temporary directory and frees the result. */
void gitclone_result_release(struct gitclone_result *r);

/* The repository name of a URL or path: last component without ".git" ("" -> "repo"). Caller frees. */
char *gitclone_repo_name(const char *url);

/*
 * Splits user info out of an http(s) URL: clean gets the URL without it
 * (caller frees); *user / *password (caller frees; NULL when absent) what it
 * held. Other URLs are copied unchanged.
 */
int gitclone_split_url(const char *url, char **clean, char **user, char **password);

/* A submodule URL as git resolves it against its superproject's URL base (relative ./ and
 * ../ URLs; scp-style host:path bases; others unchanged). *out: caller frees. */
int gitclone_resolve_url(const char *base, const char *url, char **out);

/* Removes credentials from a repository's config (remote URLs' user info,
 * credential.* / http.*extraheader entries) and FETCH_HEAD. */
int gitclone_scrub(const char *gitdir);

/* rm -rf path (no symlink is followed). */
int gitclone_rmtree(const char *path);

#endif
