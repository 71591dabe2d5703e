package com.setupflow.order.dashboard;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Account reps for Spring Security's form login. Also stores the stronger hash Spring
 * Security computes when a rep signs in with a hash of older parameters.
 */
@Service
class AccountRepDetails implements UserDetailsService, UserDetailsPasswordService {

	private final AccountReps reps;

	AccountRepDetails(AccountReps reps) {
		this.reps = reps;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		// The message never reaches the browser: Spring Security answers "bad
		// credentials" alike for an unknown rep and a wrong password.
		return this.reps.find(email)
			.map(AccountRepUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account rep with this email"));
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		this.reps.replacePasswordHash(user.getUsername(), newPasswordHash);
		String displayName = (user instanceof AccountRepUser rep) ? rep.displayName() : user.getUsername();
		return new AccountRepUser(new AccountRep(user.getUsername(), displayName, newPasswordHash));
	}

}
