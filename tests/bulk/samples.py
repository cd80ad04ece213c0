"""Synthetic rows in the providers' published formats (their terms forbid redistributing
real rows): ACLED's CSV export, UCDP GED's CSV, GDELT 2.0's event columns."""

from __future__ import annotations

ACLED = """event_id_cnty,event_date,year,event_type,actor1,actor2,country,iso,admin1,fatalities
UKR1001,2022-03-01,2022,Explosions/Remote violence,Military Forces of Russia (2000-),Civilians (Ukraine),Ukraine,804,Kharkiv,3
BDI2001,2017-10-26,2017,Violence against civilians,Police Forces of Burundi (2015-2020),Civilians (Burundi),Burundi,108,Bujumbura Mairie,1
BDI2002,2017-10-27,2017,Violence against civilians,Police Forces of Burundi (2015-2020),Civilians (Burundi),Burundi,108,Bujumbura Mairie,1
SYR3001,2019-05-05,2019,Battles,Military Forces of Syria (2000-),HTS: Hayat Tahrir al Sham,Syria,760,Idleb,12
PHL4001,15 March 2018,2018,Violence against civilians,Police Forces of the Philippines (2016-2022),Civilians (Philippines),Philippines,608,Metropolitan Manila,1
MMR5001,2017-09-01,2017,Violence against civilians,Military Forces of Myanmar (2016-2021),Civilians (Myanmar),Myanmar,104,Rakhine,5
XXX6001,2021-02-30,2021,Protests,Protesters (International),,Nowhere,999,,0
"""

UCDP = """id,year,type_of_violence,side_a,side_b,country,country_id,date_start,date_end,best
1,2016,3,Government of Burundi,Civilians,Burundi,516,2016-05-01 00:00:00.000,2017-12-31 00:00:00.000,4
2,2014,1,Government of Ukraine,Donetsk People's Republic,Ukraine,369,2014-08-01 00:00:00.000,2014-08-02 00:00:00.000,20
3,2009,3,Government of Sudan,Civilians,Sudan,625,2009-02-01 00:00:00.000,2009-02-01 00:00:00.000,7
"""

GDELT = """GLOBALEVENTID,SQLDATE,Actor1Code,Actor1CountryCode,EventCode,ActionGeo_CountryCode,ActionGeo_FullName
1001,20220301,RUSMIL,RUS,190,UP,"Kharkiv, Kharkivs'ka Oblast', Ukraine"
1002,20140601,ISRMIL,ISR,190,GZ,"Gaza, Gaza Strip, Palestine"
1003,20150701,ISRMIL,ISR,190,GZ,"Gaza, Gaza Strip, Palestine"
1004,20031015,USAMIL,USA,190,IZ,"Baghdad, Baghdad, Iraq"
"""
