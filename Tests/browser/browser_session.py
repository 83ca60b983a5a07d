"""What the console's browser tests share: headless Chromium at a desktop width, a check that
records failures, waiting for the next page, screenshots that also fail a page printing a Swift
value instead of HTML, and signing in."""
import time

from selenium import webdriver
from selenium.webdriver.common.by import By


class BrowserSession:
    def __init__(self, base, shots, window="1366,1000"):
        self.base, self.shots, self.failures = base, shots, []
        options = webdriver.ChromeOptions()
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={window}",
                     "--lang=zh-CN"):
            options.add_argument(flag)
        self.driver = webdriver.Chrome(
            options=options, service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"))
        self.driver.implicitly_wait(2)

    def check(self, condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            self.failures.append(message)

    def wait_for(self, condition, seconds=20):
        """Clicking a submit button returns before the next page has loaded: wait for it."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                if condition():
                    return True
            except Exception:  # the old page went away mid-check
                pass
            time.sleep(0.1)
        return False

    def shot(self, name):
        self.driver.save_screenshot(f"{self.shots}/{name}.png")
        # A page closure whose type Swift inferred as GRDB's SQL prints "SQL(elements: …)" instead of HTML.
        self.check("SQL(elements" not in self.driver.page_source, f"{name}: no SQL value printed into the page")

    def sign_in(self, user, secret, wait=True):
        """Signs in; with `wait`, until the page after the sign-in has loaded."""
        self.driver.get(self.base + "/login")
        self.driver.find_element(By.ID, "username").send_keys(user)
        self.driver.find_element(By.ID, "password").send_keys(secret)
        self.driver.find_element(By.ID, "sign-in").click()
        if wait:
            self.wait_for(lambda: "/login" not in self.driver.current_url)
