print("frontline")
