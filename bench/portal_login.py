"""Logs a demo officer in to the portal and prints the session cookie
(`name=value`): the password step, then a TOTP code computed here from the
key `fraudreport demo seed` printed. Used by bench/portal.sh.

    python3 bench/portal_login.py http://127.0.0.1:18182 EMAIL PASSWORD BASE32KEY
"""
import base64, hashlib, hmac, http.cookiejar, re, struct, sys, time, urllib.parse, urllib.request


def totp(key_b32: str, at: float) -> str:
    key = base64.b32decode(key_b32 + "=" * (-len(key_b32) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at // 30)), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main() -> None:
    base, email, password, key = sys.argv[1:5]
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = opener.open(f"{base}/portal/login").read().decode()
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def post(path: str, fields: dict) -> int:
        body = urllib.parse.urlencode(fields).encode()
        try:
            return opener.open(f"{base}{path}", body).status
        except urllib.error.HTTPError as e:
            return e.code

    assert post("/portal/login", {"csrf_token": csrf, "email": email, "password": password}) == 303
    assert post("/portal/login/code", {"csrf_token": csrf, "code": totp(key, time.time())}) == 303
    cookies = {c.name: c.value for c in jar}
    print(f"portal={cookies['portal']}; csrf={cookies['csrf']}")


if __name__ == "__main__":
    main()
