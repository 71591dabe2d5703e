package com.setupflow.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The baseline's work per order: record that its trigger fired, the smallest stand-in for
 * "write the invitation".
 */
public class BaselineJob implements Job {

	static volatile DataSource dataSource;

	@Override
	public void execute(JobExecutionContext context) throws JobExecutionException {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement fired = connection
					.prepareStatement("insert into baseline_fired (order_no, fired_at) values (?, now())")) {
			fired.setInt(1, context.getMergedJobDataMap().getInt("order"));
			fired.executeUpdate();
		}
		catch (SQLException ex) {
			throw new JobExecutionException(ex);
		}
	}

}
