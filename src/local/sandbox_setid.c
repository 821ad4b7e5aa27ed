/*
 * The seccomp filter that keeps set-id bits out of a plain-files sandbox: see
 * sandbox_setid.h. Classic BPF over struct seccomp_data, built once at start with its
 * jumps computed here (they only go forward, at most 255 instructions at a time).
 */
#include "local/sandbox_setid.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#define SETID_BITS 06000u
#define KERNEL_O_TMPFILE 020000000u /* the uapi bit; glibc's __O_TMPFILE adds O_DIRECTORY */
#define NR_OPENAT2 437               /* numbered alike on every architecture since 5.1 */
#define NR_IO_URING_SETUP 425
#define NR_FCHMODAT2 452

/* A system call the filter looks at: mode_arg holds the mode; with flags_arg >= 0 the mode
 * counts only when those flags create a file. deny_errno != 0 refuses the call outright. */
struct setid_rule {
	int nr, flags_arg, mode_arg, deny_errno;
};

#if defined(__x86_64__)
#define NATIVE_ARCH AUDIT_ARCH_X86_64
#define X32_BIT 0x40000000u
static const struct setid_rule native_rules[] = {
	{ __NR_open, 1, 2, 0 },   { __NR_creat, -1, 1, 0 },    { __NR_chmod, -1, 1, 0 },
	{ __NR_mknod, -1, 1, 0 }, { __NR_fchmod, -1, 1, 0 },   { __NR_openat, 2, 3, 0 },
	{ __NR_mknodat, -1, 2, 0 }, { __NR_fchmodat, -1, 2, 0 }, { NR_FCHMODAT2, -1, 2, 0 },
	{ NR_OPENAT2, -1, -1, ENOSYS }, { NR_IO_URING_SETUP, -1, -1, ENOSYS },
};
/* a 32-bit program (int 0x80) uses i386's numbers */
#define COMPAT_ARCH AUDIT_ARCH_I386
static const struct setid_rule compat_rules[] = {
	{ 5, 1, 2, 0 },     { 8, -1, 1, 0 },    { 15, -1, 1, 0 },   { 14, -1, 1, 0 },
	{ 94, -1, 1, 0 },   { 295, 2, 3, 0 },   { 297, -1, 2, 0 },  { 306, -1, 2, 0 },
	{ NR_FCHMODAT2, -1, 2, 0 }, { NR_OPENAT2, -1, -1, ENOSYS }, { NR_IO_URING_SETUP, -1, -1, ENOSYS },
};
#elif defined(__aarch64__)
#define NATIVE_ARCH AUDIT_ARCH_AARCH64
static const struct setid_rule native_rules[] = {
	{ __NR_fchmod, -1, 1, 0 },  { __NR_openat, 2, 3, 0 },     { __NR_mknodat, -1, 2, 0 },
	{ __NR_fchmodat, -1, 2, 0 }, { NR_FCHMODAT2, -1, 2, 0 },   { NR_OPENAT2, -1, -1, ENOSYS },
	{ NR_IO_URING_SETUP, -1, -1, ENOSYS },
};
#endif

#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define ARG_LOW(i) ((uint32_t)(offsetof(struct seccomp_data, args) + 8 * (i) + 4))
#else
#define ARG_LOW(i) ((uint32_t)(offsetof(struct seccomp_data, args) + 8 * (i)))
#endif

static struct sock_filter prog[192];
static unsigned short plen;
static struct sock_fprog fprog;

static unsigned emit(uint16_t code, uint32_t k)
{
	if (plen >= sizeof(prog) / sizeof(prog[0]))
		return plen; /* cannot happen with the tables above; sbxsetid_init checks */
	prog[plen] = (struct sock_filter){ code, 0, 0, k };
	return plen++;
}

/* Points the jump at `at` (its true or false branch) to the next instruction emitted. */
static void land_here(unsigned at, int true_branch)
{
	unsigned off = plen - at - 1u;
	if (true_branch)
		prog[at].jt = (uint8_t)off;
	else
		prog[at].jf = (uint8_t)off;
}

static void emit_rule(const struct setid_rule *r)
{
	if (r->deny_errno) {
		emit(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (uint32_t)r->deny_errno);
		return;
	}
	unsigned creates = 0;
	if (r->flags_arg >= 0) {
		emit(BPF_LD | BPF_W | BPF_ABS, ARG_LOW(r->flags_arg));
		creates = emit(BPF_JMP | BPF_JSET | BPF_K, O_CREAT | KERNEL_O_TMPFILE);
	}
	emit(BPF_LD | BPF_W | BPF_ABS, ARG_LOW(r->mode_arg));
	unsigned setid = emit(BPF_JMP | BPF_JSET | BPF_K, SETID_BITS);
	emit(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	land_here(setid, 1);
	emit(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM);
	if (r->flags_arg >= 0)
		prog[creates].jf = (uint8_t)(setid + 1u - creates - 1u); /* no create: allow */
}

/* One architecture's part: dispatch on the call's number, then each rule's own check. */
static void emit_section(const struct setid_rule *rules, size_t n, uint32_t bad_bit)
{
	unsigned jumps[16], bad = 0;
	emit(BPF_LD | BPF_W | BPF_ABS, (uint32_t)offsetof(struct seccomp_data, nr));
	if (bad_bit)
		bad = emit(BPF_JMP | BPF_JSET | BPF_K, bad_bit);
	for (size_t i = 0; i < n; i++)
		jumps[i] = emit(BPF_JMP | BPF_JEQ | BPF_K, (uint32_t)rules[i].nr);
	emit(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	if (bad_bit) {
		land_here(bad, 1);
		emit(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS);
	}
	for (size_t i = 0; i < n; i++) {
		land_here(jumps[i], 1);
		emit_rule(&rules[i]);
	}
}

static void build(void)
{
#ifdef NATIVE_ARCH
	emit(BPF_LD | BPF_W | BPF_ABS, (uint32_t)offsetof(struct seccomp_data, arch));
	unsigned other = emit(BPF_JMP | BPF_JEQ | BPF_K, NATIVE_ARCH);
#ifdef X32_BIT
	emit_section(native_rules, sizeof(native_rules) / sizeof(native_rules[0]), X32_BIT);
#else
	emit_section(native_rules, sizeof(native_rules) / sizeof(native_rules[0]), 0);
#endif
	land_here(other, 0);
#ifdef COMPAT_ARCH
	unsigned unknown = emit(BPF_JMP | BPF_JEQ | BPF_K, COMPAT_ARCH);
	emit_section(compat_rules, sizeof(compat_rules) / sizeof(compat_rules[0]), 0);
	land_here(unknown, 0);
#endif
	emit(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
	if (plen >= sizeof(prog) / sizeof(prog[0]))
		plen = 0; /* overflowed: sbxsetid_forbid refuses rather than install half a filter */
#endif
	fprog.len = plen;
	fprog.filter = prog;
}

void sbxsetid_init(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, build);
}

int sbxsetid_forbid(void)
{
	if (!plen) {
		errno = ENOSYS;
		return -1;
	}
	return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fprog);
}
